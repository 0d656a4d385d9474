using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Meeting requests, two-sided: a registered organisation asks a buyer of the session, or a buyer
/// asks a registered organisation, with a message. The other side accepts or declines (opt-in), or
/// the request is accepted at once (opt-out); the sender may withdraw it. Each side sees its own
/// requests, managers all; anyone else is told a request does not exist.
/// </summary>
public static class MeetingRequestsApi
{
    public static IEndpointRouteBuilder MapMeetingRequestsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accelerator/matchmaking/sessions/{sessionId:guid}/requests", SendRequest).WithTags("Meet the corporates: requests")
            .WithName(nameof(SendRequest)).WithSummary("Ask to meet: a registered organisation names a buyer, a buyer's user names an organisation; Idempotency-Key supported")
            .ValidateRequest<NewMeetingRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.OrganisationUser);
        app.MapGet("/api/accelerator/matchmaking/sessions/{sessionId:guid}/requests", ListRequests).WithTags("Meet the corporates: requests")
            .WithName(nameof(ListRequests)).WithSummary("A session's requests, newest first: one's own side's, or all for managers; filter by status")
            .RequireAuthorization(Policies.Authenticated);

        var requests = app.MapGroup("/api/accelerator/matchmaking/requests").WithTags("Meet the corporates: requests");
        requests.MapGet("/{id:guid}", GetRequest).WithName(nameof(GetRequest))
            .WithSummary("A request, for its two sides and managers (others get 404)").RequireAuthorization(Policies.Authenticated);
        requests.MapPost("/{id:guid}/accept", AcceptRequest).WithName(nameof(AcceptRequest)).AcceptsIfMatch()
            .WithSummary("Accept a pending request; the side it was sent to").WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.OrganisationUser);
        requests.MapPost("/{id:guid}/decline", DeclineRequest).WithName(nameof(DeclineRequest)).AcceptsIfMatch()
            .WithSummary("Decline a pending request; the side it was sent to").WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.OrganisationUser);
        requests.MapPost("/{id:guid}/withdraw", WithdrawRequest).WithName(nameof(WithdrawRequest)).AcceptsIfMatch()
            .WithSummary("Withdraw a pending or accepted request (its meeting is cancelled); the side that sent it").WithIdempotency<AcceleratorDbContext>()
            .RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Results<Created<MeetingRequestResponse>, NotFound>> SendRequest(Guid sessionId, NewMeetingRequest body, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.VisibleAsync(services, sessionId) is not { IsPublic: true } session)
        {
            return TypedResults.NotFound();
        }
        var caller = await MatchmakingCaller.OfAsync(services);
        var from = body.BuyerId is not null ? Side.Participant : Side.Buyer;
        var participantId = from == Side.Participant ? caller.OrganisationId!.Value : body.OrganisationId!.Value;
        var buyerId = from == Side.Buyer
            ? caller.BuyerId ?? throw CommonRules.Forbidden("Only a buyer's users name an organisation to meet; an organisation names the buyer it wants to meet.")
            : body.BuyerId!.Value;
        var registration = await services.Db.SessionRegistrations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.SessionId == sessionId && r.OrganisationId == participantId && r.Status == RegistrationStatus.Registered, services.Cancellation);
        var sessionBuyer = await services.Db.SessionBuyers.AsNoTracking().FirstOrDefaultAsync(b => b.SessionId == sessionId && b.BuyerId == buyerId, services.Cancellation);
        if (registration is null)
        {
            throw from == Side.Participant ? MatchmakingRules.NotRegistered() : new RequestValidationException("organisationId", "That organisation is not registered for the session.");
        }
        if (sessionBuyer is null)
        {
            throw from == Side.Buyer ? MatchmakingRules.BuyerNotInSession() : new RequestValidationException("buyerId", "That buyer does not take part in the session.");
        }
        var existing = await services.Db.MeetingRequests.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.ParticipantOrganisationId == participantId && r.BuyerId == buyerId).Select(r => (Guid?)r.Id)
            .FirstOrDefaultAsync(services.Cancellation);
        if (existing is { } existingId)
        {
            throw MatchmakingRules.RequestAlreadyExists(existingId);
        }
        var request = MeetingRequest.Send(session, registration, sessionBuyer, from, body.Message!, services.User.AuditName, services.Now);
        services.Db.MeetingRequests.Add(request);
        services.Audit("request.sent", "request", request.Id, new { sessionId, participantId, buyerId, from = request.From, status = request.Status });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation("ux_meeting_requests_pair"))
        {
            // Both sides asked at the same moment: one request stands (the failed statement ended any transaction, so no more reads).
            throw MatchmakingRules.RequestAlreadyExists(null);
        }
        ETags.Set(services.HttpContext, request.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/requests/{request.Id}", await RequestResponses.OfAsync(services, request));
    }

    public static async Task<Results<Ok<Page<MeetingRequestResponse>>, NotFound>> ListRequests(
        Guid sessionId, [AsParameters] AcceleratorServices services, string? status, string? cursor, int? limit)
    {
        if (await SessionLookup.VisibleAsync(services, sessionId) is null)
        {
            return TypedResults.NotFound();
        }
        var caller = await MatchmakingCaller.OfAsync(services);
        var query = caller.Visible(services.Db.MeetingRequests.AsNoTracking().Where(r => r.SessionId == sessionId));
        if (QueryValues.Enum<RequestStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(new Page<MeetingRequestResponse>(await RequestResponses.OfAsync(services, page.Rows), page.NextCursor));
    }

    public static async Task<Results<Ok<MeetingRequestResponse>, NotFound>> GetRequest(Guid id, [AsParameters] AcceleratorServices services)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var request = await services.Db.MeetingRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (request is null || !caller.Sees(request.ParticipantOrganisationId, request.BuyerId))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, request.Version);
        return TypedResults.Ok(await RequestResponses.OfAsync(services, request));
    }

    public static Task<Results<Ok<MeetingRequestResponse>, NotFound>> AcceptRequest(Guid id, [AsParameters] AcceleratorServices services) =>
        AnswerAsync(services, id, (request, session, side) => request.Accept(session, side, services.User.AuditName, services.Now), "request.accepted");

    public static Task<Results<Ok<MeetingRequestResponse>, NotFound>> DeclineRequest(Guid id, [AsParameters] AcceleratorServices services) =>
        AnswerAsync(services, id, (request, session, side) => request.Decline(session, side, services.User.AuditName, services.Now), "request.declined");

    public static async Task<Results<Ok<MeetingRequestResponse>, NotFound>> WithdrawRequest(Guid id, [AsParameters] AcceleratorServices services)
    {
        var (request, side) = await OwnSideAsync(services, id);
        if (request is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, request.Version);
        var session = await SessionLookup.OfAsync(services, request.SessionId);
        request.Withdraw(session, side, services.Now);
        var cancelled = await MeetingCancellations.CancelMeetingsOfRequestsAsync(services, session, [request.Id]);
        services.Audit("request.withdrawn", "request", request.Id, new { cancelledMeetings = cancelled });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, request.Version);
        return TypedResults.Ok(await RequestResponses.OfAsync(services, request));
    }

    private static async Task<Results<Ok<MeetingRequestResponse>, NotFound>> AnswerAsync(
        AcceleratorServices services, Guid id, Action<MeetingRequest, MatchmakingSession, Side> answer, string action)
    {
        var (request, side) = await OwnSideAsync(services, id);
        if (request is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, request.Version);
        answer(request, await SessionLookup.OfAsync(services, request.SessionId), side);
        services.Audit(action, "request", request.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, request.Version);
        return TypedResults.Ok(await RequestResponses.OfAsync(services, request));
    }

    /// <summary>The request, tracked, with the caller's side of it; nothing (404) when the caller is on neither side.</summary>
    private static async Task<(MeetingRequest? Request, Side Side)> OwnSideAsync(AcceleratorServices services, Guid id)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var request = await services.Db.MeetingRequests.FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        return request is not null && caller.SideOf(request.ParticipantOrganisationId, request.BuyerId) is { } side ? (request, side) : (null, default);
    }

    private static readonly Keyset<MeetingRequest, DateTimeOffset> NewestFirst = Keyset.By<MeetingRequest, DateTimeOffset>(r => r.SentAt, r => r.Id, descending: true);
}
