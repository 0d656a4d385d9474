using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
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
        proposals.MapPut("/{id:guid}", EditProposal).WithName(nameof(EditProposal))
            .WithSummary("Edit the working copy; the submitted version stays until re-submitted; If-Match required")
            .ValidateRequest<ProposalRequest>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/submit", SubmitProposal).WithName(nameof(SubmitProposal))
            .WithSummary("Submit the working copy (replacing any earlier submission) until the deadline; returns a receipt; Idempotency-Key supported")
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/withdraw", WithdrawProposal).WithName(nameof(WithdrawProposal))
            .WithSummary("Withdraw the proposal; the lead applicant's users").ValidateRequest<WithdrawalRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.OrganisationUser);
        proposals.MapPost("/{id:guid}/endorsement", EndorseProposal).WithName(nameof(EndorseProposal))
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
        if (services.Now > call.DeadlineAt || call.Status is not (CallStatus.Forthcoming or CallStatus.Open))
        {
            throw FundingRules.DeadlinePassed(call.Code, call.DeadlineAt, services.Now);
        }
        var content = request.ToContent();
        RequireLeadNotPartner(content, lead);
        var proposal = Proposal.Start(call.Id, lead, content, services.Now);
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
        return TypedResults.Created($"/api/funding/proposals/{proposal.Id}", await ResponseAsync(services, proposal, call));
    }

    public static async Task<Ok<Page<ProposalResponse>>> ListProposals([AsParameters] FundingServices services, Guid? callId, string? status, string? cursor, int? limit)
    {
        var query = await VisibleAsync(services);
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
        var items = await ResponsesAsync(services, page.Rows, calls);
        return TypedResults.Ok(new Page<ProposalResponse>(items, page.NextCursor));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> GetProposal(Guid id, [AsParameters] FundingServices services)
    {
        var proposal = await (await VisibleAsync(services)).FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ResponseAsync(services, proposal, call));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> EditProposal(Guid id, ProposalRequest request, [AsParameters] FundingServices services)
    {
        var (proposal, call) = await LoadForLeadAsync(services, id);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, proposal.Version);
        if (services.Now > call.DeadlineAt)
        {
            throw FundingRules.DeadlinePassed(call.Code, call.DeadlineAt, services.Now);
        }
        var content = request.ToContent();
        RequireLeadNotPartner(content, proposal.LeadOrganisationId);
        proposal.Edit(content, services.Now);
        services.Audit("proposal.edited", "proposal", proposal.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ResponseAsync(services, proposal, call));
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
        var failures = await CheckEligibilityAsync(services, call, proposal, proposal.Content);
        var receipt = proposal.Submit(failures, services.Now);
        services.Db.Submissions.Add(ProposalSubmission.Of(proposal, services.User.AuditName));
        services.RecordChange(FundingEvents.Submitted(proposal, call), "proposal.submitted", "proposal", proposal.Id,
            new { receipt.Version, receipt.ContentHash, eligible = failures.Count == 0, failures = failures.Select(f => f.Rule) });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(new SubmissionResponse(receipt with { SubmittedAt = RomeTime.Show(receipt.SubmittedAt) }, failures.Count == 0, await ResponseAsync(services, proposal, call)));
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
        return TypedResults.Ok(await ResponseAsync(services, proposal, call));
    }

    /// <summary>An endorsement of a submitted proposal re-checks its eligibility at once (no new version).</summary>
    public static async Task<Results<Ok<ProposalResponse>, NotFound>> EndorseProposal(Guid id, EndorsementRequest request, [AsParameters] FundingServices services)
    {
        var proposal = await services.Db.Proposals.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        var cluster = services.User.ClusterCode!;
        if (proposal is null || !AsksCluster(proposal, cluster))
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        ETags.CheckMatch(services.HttpContext, proposal.Version);
        if (services.Now > call.DeadlineAt)
        {
            throw FundingRules.DeadlinePassed(call.Code, call.DeadlineAt, services.Now);
        }
        proposal.Endorse(cluster, services.User.AuditName, request.Note, services.Now);
        if (proposal.Submitted is { } submitted && proposal.Status is ProposalStatus.Eligible or ProposalStatus.Ineligible)
        {
            proposal.ApplyEligibility(await CheckEligibilityAsync(services, call, proposal, submitted));
        }
        services.Audit("proposal.endorsed", "proposal", proposal.Id, new { cluster, request.Note, status = proposal.Status });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, proposal.Version);
        return TypedResults.Ok(await ResponseAsync(services, proposal, call));
    }

    /// <summary>The proposals the caller may see, as a query: the one place object-level read access is decided.</summary>
    internal static async Task<IQueryable<Proposal>> VisibleAsync(FundingServices services)
    {
        var proposals = services.Db.Proposals.AsNoTracking();
        var user = services.User;
        if (user.IsRegionalOfficer)
        {
            return proposals;
        }
        var organisation = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        var cluster = user.Roles.Contains(Roles.ClusterManager) ? user.ClusterCode?.ToUpperInvariant() : null;
        var evaluatorId = await EvaluationApi.CallerEvaluatorIdAsync(services);
        return proposals.Where(p =>
            (organisation != null && p.ParticipantIds.Contains(organisation.Value))
            || (cluster != null && (p.Content.EndorsingClusterCode == cluster || (p.Submitted != null && p.Submitted.EndorsingClusterCode == cluster)))
            || (evaluatorId != null && services.Db.Assignments.Any(a => a.ProposalId == p.Id && a.EvaluatorId == evaluatorId)));
    }

    /// <summary>What the registry's copy says about the consortium, and the rules' verdict.</summary>
    internal static async Task<IReadOnlyList<EligibilityFailure>> CheckEligibilityAsync(FundingServices services, FundingCall call, Proposal proposal, ProposalContent content)
    {
        var ids = content.PartnerIds.Append(proposal.LeadOrganisationId).Distinct().ToList();
        var organisations = await services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId)).ToListAsync(services.Cancellation);
        var memberships = await services.Db.Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.OrganisationId) && m.Status == MembershipStatuses.Active)
            .Select(m => new { m.OrganisationId, m.ClusterCode }).ToListAsync(services.Cancellation);
        var facts = organisations.ToDictionary(o => o.OrganisationId, o => new ApplicantFacts(
            o.OrganisationId, o.LegalName, o.Kind, o.SizeClass,
            memberships.Where(m => m.OrganisationId == o.OrganisationId).Select(m => m.ClusterCode.ToUpperInvariant()).ToHashSet()));
        return Eligibility.Check(call.Terms, proposal.LeadOrganisationId, content, facts, proposal.Endorsement?.ClusterCode);
    }

    internal static async Task<ProposalResponse> ResponseAsync(FundingServices services, Proposal p, FundingCall call) =>
        (await ResponsesAsync(services, [p], new Dictionary<Guid, FundingCall> { [call.Id] = call }))[0];

    /// <summary>Responses for a page of proposals, with the names and grants they show read in one query each.</summary>
    private static async Task<List<ProposalResponse>> ResponsesAsync(FundingServices services, IReadOnlyList<Proposal> proposals, Dictionary<Guid, FundingCall> calls)
    {
        var ids = proposals.SelectMany(p => p.Content.PartnerIds.Concat(p.Submitted?.PartnerIds ?? []).Append(p.LeadOrganisationId)).Distinct().ToList();
        var names = await services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId))
            .ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var funded = proposals.Where(p => p.Status == ProposalStatus.Funded).Select(p => p.Id).ToList();
        var grants = funded.Count == 0
            ? []
            : await services.Db.Grants.AsNoTracking().Where(g => funded.Contains(g.ProposalId))
                .ToDictionaryAsync(g => g.ProposalId, g => new GrantResponse(g.Id, g.AmountEur, g.EuShareEur, g.RegionalShareEur, g.AwardedAt), services.Cancellation);
        return proposals.Select(p => Response(services, p, calls[p.CallId], names, grants.GetValueOrDefault(p.Id))).ToList();
    }

    private static ProposalResponse Response(FundingServices services, Proposal p, FundingCall call, IReadOnlyDictionary<Guid, string> names, GrantResponse? grant)
    {
        // Evaluators judge the submitted version only; the working copy is the applicants' own business.
        var seesWorkingCopy = services.User.IsRegionalOfficer || services.User.ActsFor(p.LeadOrganisationId)
            || p.ParticipantIds.Contains(services.User.OrganisationId ?? Guid.Empty) || (services.User.ClusterCode is { } c && AsksCluster(p, c));
        return new ProposalResponse(
            p.Id,
            p.CallId,
            call.Code,
            p.LeadOrganisationId,
            p.Status,
            seesWorkingCopy ? Content(p.Content, p.LeadOrganisationId, names) : null,
            p.Submitted is { } submitted ? Content(submitted, p.LeadOrganisationId, names) : null,
            p.Submitted is null || p.Content.Hash(p.Id, p.LeadOrganisationId) != p.ContentHash,
            p.SubmittedAt is { } at ? new SubmissionReceipt(p.Id, p.SubmissionVersion, RomeTime.Show(at), p.ContentHash!) : null,
            p.IneligibilityReasons,
            p.Endorsement,
            p.WeightedTotal,
            p.RankPosition,
            p.FailedThresholds,
            grant,
            p.WithdrawalReason,
            p.CreatedAt,
            p.UpdatedAt);
    }

    private static ContentResponse Content(ProposalContent c, Guid lead, IReadOnlyDictionary<Guid, string> names)
    {
        var total = c.TotalCostEur;
        decimal Share(decimal amount) => total == 0 ? 0 : Math.Round(amount / total * 100, 2, MidpointRounding.AwayFromZero);
        var participants = new List<ParticipantResponse> { new(lead, "lead", names.GetValueOrDefault(lead), c.LeadBudgetEur, Share(c.LeadBudgetEur)) };
        participants.AddRange(c.Partners.Select(p => new ParticipantResponse(p.OrganisationId, "partner", names.GetValueOrDefault(p.OrganisationId), p.BudgetEur, Share(p.BudgetEur))));
        return new ContentResponse(c.Title, c.Summary, c.PrioritySystem, c.Components, c.EndorsingClusterCode, participants, total, c.RequestedGrantEur);
    }

    private static bool AsksCluster(Proposal p, string clusterCode) =>
        string.Equals(p.Content.EndorsingClusterCode, clusterCode, StringComparison.OrdinalIgnoreCase)
        || string.Equals(p.Submitted?.EndorsingClusterCode, clusterCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>The proposal, tracked, if the caller acts for its lead organisation; otherwise nothing (404).</summary>
    private static async Task<(Proposal? Proposal, FundingCall Call)> LoadForLeadAsync(FundingServices services, Guid id)
    {
        var proposal = await services.Db.Proposals.FirstOrDefaultAsync(p => p.Id == id, services.Cancellation);
        if (proposal is null || !services.User.ActsFor(proposal.LeadOrganisationId))
        {
            if (proposal is not null && proposal.ParticipantIds.Contains(services.User.OrganisationId ?? Guid.Empty))
            {
                throw CommonRules.Forbidden("Partners read the proposal; only the lead applicant's users change, submit or withdraw it.");
            }
            return (null, null!);
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        return (proposal, call);
    }

    private static void RequireLeadNotPartner(ProposalContent content, Guid lead)
    {
        var index = content.Partners.FindIndex(p => p.OrganisationId == lead);
        if (index >= 0)
        {
            throw new RequestValidationException($"partners[{index}].organisationId", "The lead applicant is not also a partner.");
        }
    }

    private static readonly Keyset<Proposal, DateTimeOffset> NewestFirst = Keyset.By<Proposal, DateTimeOffset>(p => p.CreatedAt, p => p.Id, descending: true);
}
