using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Proposals: the lead applicant's users draft, edit, submit (as often as they like until the
/// deadline) and withdraw; a manager of the endorsing cluster endorses. Who else may read one:
/// its partners, the endorsing cluster's managers, its assigned evaluators, regional officers.
/// Anyone else gets 404, as if it did not exist.
/// </summary>
public static class ProposalsApi
{
    public static IEndpointRouteBuilder MapProposalsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/funding/calls/{callId:guid}/proposals", StartProposal).WithTags("Proposals").WithName(nameof(StartProposal))
            .WithSummary("Start a proposal led by the caller's organisation (a draft); Idempotency-Key supported")
            .ValidateRequest<ProposalRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.OrganisationUser);

        var proposals = app.MapGroup("/api/funding/proposals").WithTags("Proposals");
        proposals.MapGet("/", ListProposals).WithName(nameof(ListProposals))
            .WithSummary("The proposals the caller may see: own organisation's, own cluster's endorsements, own assignments; officers all")
            .RequireAuthorization(Policies.Authenticated);
        proposals.MapGet("/{id:guid}", GetProposal).WithName(nameof(GetProposal))
            .WithSummary("A proposal, for those who may see it (others get 404)").RequireAuthorization(Policies.Authenticated);
        proposals.MapPut("/{id:guid}", EditProposal).WithName(nameof(EditProposal)).RequiresIfMatch()
            .WithSummary("Edit the working copy; the submitted version stays until re-submitted; If-Match required")
            .ValidateRequest<ProposalRequest>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/submit", SubmitProposal).WithName(nameof(SubmitProposal)).AcceptsIfMatch()
            .WithSummary("Submit the working copy (replacing any earlier submission) until the deadline; returns a receipt; Idempotency-Key supported")
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/withdraw", WithdrawProposal).WithName(nameof(WithdrawProposal)).AcceptsIfMatch()
            .WithSummary("Withdraw the proposal; the lead applicant's users").ValidateRequest<WithdrawalRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/endorsement", EndorseProposal).WithName(nameof(EndorseProposal)).AcceptsIfMatch()
            .WithSummary("Endorse the proposal; managers of the cluster it names, before the deadline")
            .ValidateRequest<EndorsementRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.ClusterManager);
        return app;
    }

    public static async Task<Results<Created<ProposalResponse>, NotFound>> StartProposal(Guid callId, ProposalRequest request, [AsParameters] FundingServices services)
    {
        var lead = services.User.OrganisationId!.Value;
        var call = await services.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId && c.Status != CallStatus.Draft, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        call.CheckAcceptsNewProposals(services.Now);
        var proposal = Proposal.Start(call.Id, lead, request.ToContent(), services.Now);
        services.Db.Proposals.Add(proposal);
        services.Audit("proposal.started", "proposal", proposal.Id, new { call = call.Code, lead });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.AlreadyApplied(call.Code);
        }
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Created($"/api/funding/proposals/{proposal.Id}", await ProposalResponses.OfAsync(services, proposal, call));
    }

    public static async Task<Ok<Page<ProposalResponse>>> ListProposals([AsParameters] FundingServices services, Guid? callId, string? status, string? cursor, int? limit)
    {
        var query = await ProposalVisibility.VisibleToCallerAsync(services);
        if (callId is { } c)
        {
            query = query.Where(p => p.CallId == c);
        }
        if (QueryValues.Enum<ProposalStatus>(status, nameof(status)) is { } s)
        {
            query = query.Where(p => p.Status == s);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        var callIds = page.Rows.Select(r => r.CallId).Distinct().ToList();
        var calls = await services.Db.Calls.AsNoTracking().Where(k => callIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, services.Cancellation);
        var items = await ProposalResponses.OfAsync(services, page.Rows, calls);
        return TypedResults.Ok(new Page<ProposalResponse>(items, page.NextCursor));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> GetProposal(Guid id, [AsParameters] FundingServices services)
    {
        var proposal = await (await ProposalVisibility.VisibleToCallerAsync(services)).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ProposalResponses.OfAsync(services, proposal, call));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> EditProposal(Guid id, ProposalRequest request, [AsParameters] FundingServices services)
    {
        var (proposal, call) = await LoadForLeadAsync(services, id);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, proposal.Version);
        call.Deadline.EnsureOpenAt(services.Now, "call", call.Code);
        proposal.Edit(request.ToContent(), services.Now);
        services.Audit("proposal.edited", "proposal", proposal.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ProposalResponses.OfAsync(services, proposal, call));
    }

    /// <summary>
    /// The deadline is judged on the server's clock at the moment the request arrived: at or before
    /// the deadline instant the submission counts, one instant later it is refused (422
    /// <c>deadline-passed</c>) and nothing changes.
    /// </summary>
    public static async Task<Results<Ok<SubmissionResponse>, NotFound>> SubmitProposal(Guid id, [AsParameters] FundingServices services)
    {
        var (proposal, call) = await LoadForLeadAsync(services, id);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, proposal.Version);
        call.CheckAcceptsSubmissions(services.Now);
        var eligibility = await ProposalEligibility.CheckAsync(services, call, proposal, proposal.Content);
        var failures = eligibility.Failures;
        var receipt = proposal.Submit(failures, services.Now);
        services.Db.Submissions.Add(ProposalSubmission.Of(proposal, services.User.AuditName));
        services.RecordChange(FundingEvents.Submitted(proposal, call), "proposal.submitted", "proposal", proposal.Id,
            new { receipt.Version, receipt.ContentHash, eligible = failures.Count == 0, failures = failures.Select(f => f.Rule) });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(new SubmissionResponse(ProposalResponses.InRomeTime(receipt), failures.Count == 0, ProposalResponses.Of(services, proposal, call, eligibility.Names)));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> WithdrawProposal(Guid id, WithdrawalRequest request, [AsParameters] FundingServices services)
    {
        var (proposal, call) = await LoadForLeadAsync(services, id);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, proposal.Version);
        var wasSubmitted = proposal.IsSubmitted;
        proposal.Withdraw(request.Reason, services.Now);
        if (wasSubmitted)
        {
            services.RecordChange(FundingEvents.Withdrawn(proposal, call, services.Now), "proposal.withdrawn", "proposal", proposal.Id, request);
        }
        else
        {
            services.Audit("proposal.withdrawn", "proposal", proposal.Id, request);
        }
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ProposalResponses.OfAsync(services, proposal, call));
    }

    /// <summary>An endorsement of a submitted proposal re-checks its eligibility at once (no new version).</summary>
    public static async Task<Results<Ok<ProposalResponse>, NotFound>> EndorseProposal(Guid id, EndorsementRequest request, [AsParameters] FundingServices services)
    {
        var proposal = await services.Db.Proposals.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        var cluster = services.User.ClusterCode!;
        if (proposal is null || !proposal.AsksEndorsementOf(cluster))
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        ETags.CheckMatch(services.HttpContext, proposal.Version);
        call.Deadline.EnsureOpenAt(services.Now, "call", call.Code);
        proposal.Endorse(cluster, services.User.AuditName, request.Note, services.Now);
        if (proposal.EligibilityCanChange)
        {
            proposal.ApplyEligibility((await ProposalEligibility.CheckAsync(services, call, proposal, proposal.Submitted!)).Failures);
        }
        services.Audit("proposal.endorsed", "proposal", proposal.Id, new { cluster, request.Note, status = proposal.Status });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ProposalResponses.OfAsync(services, proposal, call));
    }

    /// <summary>The proposal, tracked, if the caller acts for its lead organisation; otherwise nothing (404).</summary>
    private static async Task<(Proposal? Proposal, FundingCall Call)> LoadForLeadAsync(FundingServices services, Guid id)
    {
        var proposal = await services.Db.Proposals.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (proposal is null || !services.User.ActsFor(proposal.LeadOrganisationId))
        {
            if (proposal is not null && proposal.ParticipantIds.Contains(services.User.OrganisationId ?? Guid.Empty))
            {
                throw FundingRules.OnlyLeadChangesProposal();
            }
            return (null, null!);
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        return (proposal, call);
    }

    private static readonly Keyset<Proposal, DateTimeOffset> NewestFirst = Keyset.By<Proposal, DateTimeOffset>(p => p.CreatedAt, p => p.Id, descending: true);
}
