using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>
/// Liaison requests: opened by an organisation's users or a cluster manager (for a member), or by
/// an accelerator referral; assessed, assigned, annotated and closed by CEIP officers.
/// </summary>
public static class LiaisonRequestsApi
{
    private static readonly Keyset<LiaisonRequest, DateTimeOffset> Newest = new(r => r.OpenedAt, r => r.Id, descending: true);

    public static IEndpointRouteBuilder MapLiaisonRequestsApi(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/internationalisation/liaison-requests").WithTags("Liaison requests");
        requests.MapPost("/", OpenLiaisonRequest).WithName(nameof(OpenLiaisonRequest))
            .WithSummary("Open a liaison request: an organisation's user for its organisation, a cluster manager for an active member; Idempotency-Key supported")
            .ValidateRequest<LiaisonRequestRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.Authenticated);
        requests.MapGet("/", ListLiaisonRequests).WithName(nameof(ListLiaisonRequests))
            .WithSummary("The queue (CEIP officers: all; requesters and cluster managers: theirs), filtered by kind, country, SPI, status, officer, age and flag; newest first")
            .RequireAuthorization(Policies.Authenticated);
        requests.MapGet("/{id:guid}", GetLiaisonRequest).WithName(nameof(GetLiaisonRequest))
            .WithSummary("A liaison request with its notes (internal notes only for CEIP officers)").RequireAuthorization(Policies.Authenticated);
        requests.MapPost("/{id:guid}/assessment", AssessLiaisonRequest).WithName(nameof(AssessLiaisonRequest)).AcceptsIfMatch()
            .WithSummary("Accept, or decline with a reason").ValidateRequest<AssessmentRequest>().RequireAuthorization(Policies.CeipOfficer);
        requests.MapPost("/{id:guid}/assignment", AssignLiaisonRequest).WithName(nameof(AssignLiaisonRequest)).AcceptsIfMatch()
            .WithSummary("Assign (or reassign) the CEIP officer who follows an accepted request; it is then in progress")
            .ValidateRequest<AssignmentRequest>().RequireAuthorization(Policies.CeipOfficer);
        requests.MapPost("/{id:guid}/notes", AddLiaisonNote).WithName(nameof(AddLiaisonNote))
            .WithSummary("Add a note, internal or visible to the requester; CEIP officers").ValidateRequest<NoteRequest>().RequireAuthorization(Policies.CeipOfficer);
        requests.MapPost("/{id:guid}/requester-notes", AddRequesterNote).WithName(nameof(AddRequesterNote))
            .WithSummary("The requester's side (the organisation's users, the referring cluster's managers) adds a note CEIP reads")
            .ValidateRequest<RequesterNoteRequest>().RequireAuthorization(Policies.Authenticated);
        requests.MapPost("/{id:guid}/withdrawal", WithdrawLiaisonRequest).WithName(nameof(WithdrawLiaisonRequest)).AcceptsIfMatch()
            .WithSummary("The requester's side withdraws an open request with a reason; it ends as withdrawn")
            .ValidateRequest<WithdrawalRequest>().RequireAuthorization(Policies.Authenticated);
        requests.MapPost("/{id:guid}/closure", CloseLiaisonRequest).WithName(nameof(CloseLiaisonRequest)).AcceptsIfMatch()
            .WithSummary("Close a request in progress with its outcome (achieved, partly, not-achieved) and what was achieved")
            .ValidateRequest<ClosureRequest>().RequireAuthorization(Policies.CeipOfficer);
        return app;
    }

    public static async Task<Created<LiaisonRequestResponse>> OpenLiaisonRequest(LiaisonRequestRequest request, [AsParameters] InternationalisationServices services,
        IOptions<LiaisonOptions> options)
    {
        var user = services.User;
        Guid organisationId;
        LiaisonSource source;
        string? reference = null;
        if (user.Roles.Contains(Roles.OrganisationUser) && user.OrganisationId is { } own)
        {
            if (request.OrganisationId is { } named && named != own)
            {
                throw LiaisonRules.OwnOrganisationOnly();
            }
            (organisationId, source) = (own, LiaisonSource.Organisation);
        }
        else if (user.Roles.Contains(Roles.ClusterManager) && user.ClusterCode is { } cluster)
        {
            organisationId = request.OrganisationId ?? throw LiaisonRules.MemberToRefer();
            if (!await ClusterMembers.Active(services.Db, cluster).ContainsAsync(organisationId, services.Cancellation))
            {
                throw LiaisonRules.NotAMember(organisationId, cluster);
            }
            (source, reference) = (LiaisonSource.Cluster, cluster);
        }
        else
        {
            throw LiaisonRules.OnlyRequestersOpen();
        }
        var opened = LiaisonRequest.Open(organisationId, request.Kind!.Value, request.TargetCountries!, request.PrioritySystems ?? [], request.NaceCode,
            RequestText.Trimmed(request.DescriptionIt), RequestText.Trimmed(request.DescriptionEn), request.Urgency ?? LiaisonUrgency.Normal, source, reference, null, user.AuditName,
            services.Now, options.Value.AssessBy(services.Now));
        services.Db.LiaisonRequests.Add(opened);
        services.RecordChange(LiaisonEvents.Opened(opened), "liaison-request.opened", "liaison-request", opened.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, opened.Version);
        return TypedResults.Created($"/api/internationalisation/liaison-requests/{opened.Id}", await ResponseAsync(services, opened));
    }

    public static async Task<Ok<Page<LiaisonRequestResponse>>> ListLiaisonRequests([AsParameters] InternationalisationServices services, string? kind, string? country,
        string? prioritySystem, string? status, string? officer, DateTimeOffset? openedBefore, DateTimeOffset? openedAfter, bool? flagged, string? cursor, int? limit)
    {
        var query = LiaisonVisibility.Requests(services.Db.LiaisonRequests.AsNoTracking(), services.Db, services.User);
        if (QueryValues.Enum<LiaisonKind>(kind, "kind") is { } k)
        {
            query = query.Where(r => r.Kind == k);
        }
        if (QueryValues.Enum<LiaisonStatus>(status, "status") is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(r => r.TargetCountries.Contains(code));
        }
        if (!string.IsNullOrWhiteSpace(prioritySystem))
        {
            var code = prioritySystem.Trim().ToUpperInvariant();
            query = query.Where(r => r.PrioritySystems.Contains(code));
        }
        if (!string.IsNullOrWhiteSpace(officer))
        {
            query = query.Where(r => r.OfficerSubject == officer);
        }
        if (openedBefore is { } before)
        {
            query = query.Where(r => r.OpenedAt < before);
        }
        if (openedAfter is { } after)
        {
            query = query.Where(r => r.OpenedAt >= after);
        }
        var now = services.Now;
        if (flagged is { } f)
        {
            query = f ? query.Where(r => r.Status == LiaisonStatus.New && r.AssessBy < now) : query.Where(r => !(r.Status == LiaisonStatus.New && r.AssessBy < now));
        }
        var page = await Newest.ReadAsync(query, cursor, limit, services.Cancellation);
        var names = await OrganisationNames.OfAsync(services, page.Rows.Select(r => r.OrganisationId));
        return TypedResults.Ok(page.Map(r => LiaisonRequestResponse.Of(r, names.GetValueOrDefault(r.OrganisationId), now, withNotes: false, internalNotes: false)));
    }

    public static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> GetLiaisonRequest(Guid id, [AsParameters] InternationalisationServices services)
    {
        var request = await LiaisonVisibility.Requests(services.Db.LiaisonRequests.AsNoTracking().Include(r => r.Notes), services.Db, services.User)
            .FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (request is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, request.Version);
        return TypedResults.Ok(await ResponseAsync(services, request));
    }

    public static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> AssessLiaisonRequest(Guid id, AssessmentRequest request, [AsParameters] InternationalisationServices services)
    {
        var liaison = await LoadAsync(services, id);
        if (liaison is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, liaison.Version);
        if (request.Decision == AssessmentDecision.Declined)
        {
            liaison.Decline(request.Reason, services.Now);
        }
        else
        {
            liaison.Accept(services.Now);
        }
        services.RecordChange(LiaisonEvents.Assessed(liaison), "liaison-request.assessed", "liaison-request", liaison.Id, request);
        return await SavedAsync(services, liaison);
    }

    public static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> AssignLiaisonRequest(Guid id, AssignmentRequest request, [AsParameters] InternationalisationServices services)
    {
        var liaison = await LoadAsync(services, id);
        if (liaison is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, liaison.Version);
        liaison.Assign(request.OfficerSubject!.Trim(), request.OfficerName!.Trim(), services.Now);
        services.Audit("liaison-request.assigned", "liaison-request", liaison.Id, request);
        return await SavedAsync(services, liaison);
    }

    public static async Task<Results<Created<LiaisonNoteResponse>, NotFound>> AddLiaisonNote(Guid id, NoteRequest request, [AsParameters] InternationalisationServices services)
    {
        var liaison = await LoadAsync(services, id);
        if (liaison is null)
        {
            return TypedResults.NotFound();
        }
        var note = liaison.AddNote(request.Text!.Trim(), request.VisibleToRequester, services.User.AuditName, services.Now);
        services.Db.LiaisonNotes.Add(note);
        services.Audit("liaison-request.noted", "liaison-request", liaison.Id, new { note.Id, note.VisibleToRequester });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Created($"/api/internationalisation/liaison-requests/{id}",
            new LiaisonNoteResponse(note.Id, note.Text, note.VisibleToRequester, note.Author, note.WrittenAt));
    }

    public static async Task<Results<Created<LiaisonNoteResponse>, NotFound>> AddRequesterNote(Guid id, RequesterNoteRequest request,
        [AsParameters] InternationalisationServices services)
    {
        if (await LoadForRequesterAsync(services, id) is not { } liaison)
        {
            return TypedResults.NotFound();
        }
        var note = liaison.AddNote(request.Text!.Trim(), visibleToRequester: true, services.User.AuditName, services.Now);
        services.Db.LiaisonNotes.Add(note);
        services.Audit("liaison-request.noted-by-requester", "liaison-request", liaison.Id, new { note.Id });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Created($"/api/internationalisation/liaison-requests/{id}",
            new LiaisonNoteResponse(note.Id, note.Text, note.VisibleToRequester, note.Author, note.WrittenAt));
    }

    public static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> WithdrawLiaisonRequest(Guid id, WithdrawalRequest request,
        [AsParameters] InternationalisationServices services)
    {
        if (await LoadForRequesterAsync(services, id) is not { } liaison)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, liaison.Version);
        liaison.Withdraw(request.Reason!.Trim(), services.Now);
        services.RecordChange(LiaisonEvents.Closed(liaison), "liaison-request.withdrawn", "liaison-request", liaison.Id, request);
        return await SavedAsync(services, liaison);
    }

    public static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> CloseLiaisonRequest(Guid id, ClosureRequest request, [AsParameters] InternationalisationServices services)
    {
        var liaison = await LoadAsync(services, id);
        if (liaison is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, liaison.Version);
        liaison.Close(request.Outcome!.Value, request.Text!.Trim(), services.Now);
        services.RecordChange(LiaisonEvents.Closed(liaison), "liaison-request.closed", "liaison-request", liaison.Id, request);
        return await SavedAsync(services, liaison);
    }

    private static Task<LiaisonRequest?> LoadAsync(InternationalisationServices services, Guid id) =>
        services.Db.LiaisonRequests.Include(r => r.Notes).FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);

    /// <summary>
    /// A request the caller may act on as its requester: one it can see (its organisation's, or its
    /// cluster's referral or member's). CEIP officers are not the requester; they annotate and close
    /// through the officer endpoints.
    /// </summary>
    private static Task<LiaisonRequest?> LoadForRequesterAsync(InternationalisationServices services, Guid id) =>
        LiaisonVisibility.IsOfficer(services.User)
            ? throw CommonRules.Forbidden("The requester's side writes here; CEIP officers use the notes and closure endpoints.")
            : LiaisonVisibility.Requests(services.Db.LiaisonRequests.Include(r => r.Notes), services.Db, services.User)
                .FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);

    private static async Task<Results<Ok<LiaisonRequestResponse>, NotFound>> SavedAsync(InternationalisationServices services, LiaisonRequest liaison)
    {
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, liaison.Version);
        return TypedResults.Ok(await ResponseAsync(services, liaison));
    }

    private static async Task<LiaisonRequestResponse> ResponseAsync(InternationalisationServices services, LiaisonRequest request)
    {
        var names = await OrganisationNames.OfAsync(services, [request.OrganisationId]);
        return LiaisonRequestResponse.Of(request, names.GetValueOrDefault(request.OrganisationId), services.Now, withNotes: true,
            internalNotes: LiaisonVisibility.IsOfficer(services.User));
    }
}
