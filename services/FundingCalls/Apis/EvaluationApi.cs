using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Evaluation: officers register evaluators, put a closed call under evaluation and assign
/// evaluators (never to a proposal of their own organisation); evaluators score what is assigned
/// to them; officers complete the evaluation, which fixes the ranking.
/// </summary>
public static class EvaluationApi
{
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var evaluators = app.MapGroup("/api/funding/evaluators").WithTags("Evaluation");
        evaluators.MapPost("/", RegisterEvaluator).WithName(nameof(RegisterEvaluator)).WithSummary("Register an expert; Idempotency-Key supported")
            .ValidateRequest<EvaluatorRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        evaluators.MapGet("/", ListEvaluators).WithName(nameof(ListEvaluators)).WithSummary("Registered experts").RequireAuthorization(Policies.RegionalOfficer);

        var calls = app.MapGroup("/api/funding/calls/{callId:guid}").WithTags("Evaluation");
        calls.MapPost("/evaluation/start", StartEvaluation).WithName(nameof(StartEvaluation))
            .WithSummary("Put a closed call under evaluation").WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPost("/evaluation/complete", CompleteEvaluation).WithName(nameof(CompleteEvaluation))
            .WithSummary("Fix the ranking: passing proposals are ranked, the others rejected; every eligible proposal must be scored")
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapGet("/ranking", GetRanking).WithName(nameof(GetRanking))
            .WithSummary("The ranking with totals and awards; officers at any time, everyone once grants are awarded").AllowAnonymous();

        app.MapPost("/api/funding/proposals/{proposalId:guid}/assignments", AssignEvaluator).WithTags("Evaluation").WithName(nameof(AssignEvaluator))
            .WithSummary("Assign an evaluator to an eligible proposal; refused on a conflict of interest; Idempotency-Key supported")
            .ValidateRequest<AssignmentRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        app.MapPut("/api/funding/proposals/{proposalId:guid}/scores", ScoreProposal).WithTags("Evaluation").WithName(nameof(ScoreProposal))
            .WithSummary("Score each criterion with a comment; only an evaluator assigned to the proposal, until the evaluation completes")
            .ValidateRequest<ScoreSheetRequest>().RequireAuthorization(Policies.Evaluator);
        app.MapGet("/api/funding/assignments", ListAssignments).WithTags("Evaluation").WithName(nameof(ListAssignments))
            .WithSummary("An evaluator's own assignments; officers all (filter by call or proposal)").RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Created<EvaluatorResponse>> RegisterEvaluator(EvaluatorRequest request, [AsParameters] FundingServices services)
    {
        var evaluator = Evaluator.Register(request.Subject!, request.Name!, request.Email!, request.OrganisationId, [.. request.PrioritySystems ?? []], services.Now);
        services.Db.Evaluators.Add(evaluator);
        services.Audit("evaluator.registered", "evaluator", evaluator.Id, new { evaluator.Subject, evaluator.OrganisationId });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.EvaluatorAlreadyRegistered(request.Subject!);
        }
        return TypedResults.Created($"/api/funding/evaluators/{evaluator.Id}", Response(evaluator));
    }

    public static async Task<Ok<IReadOnlyList<EvaluatorResponse>>> ListEvaluators([AsParameters] FundingServices services) =>
        TypedResults.Ok<IReadOnlyList<EvaluatorResponse>>((await services.Db.Evaluators.AsNoTracking().OrderBy(e => e.Name).ToListAsync(services.Cancellation)).Select(Response).ToList());

    /// <summary>Does not wait for the call clock: a call whose deadline has just passed is closed (and announced) here first.</summary>
    public static async Task<Results<Ok<CallResponse>, NotFound>> StartEvaluation(Guid callId, [AsParameters] FundingServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (!await services.Db.LockCallAsync(callId, services.Cancellation))
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.FirstAsync(c => c.Id == callId, services.Cancellation);
        ETags.CheckMatch(services.HttpContext, call.Version);
        await CallClock.FollowClockAsync(services.Db, call, services.Author, services.Cancellation);
        call.StartEvaluation(services.Now);
        services.Audit("call.evaluation-started", "call", call.Id, new { call.Code });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(CallsApi.Response(call, (await CallsApi.ProgrammeCodesAsync(services))[call.ProgrammeId], services));
    }

    public static async Task<Results<Created<AssignmentResponse>, NotFound>> AssignEvaluator(Guid proposalId, AssignmentRequest request, [AsParameters] FundingServices services)
    {
        var proposal = await services.Db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, services.Cancellation);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        if (call.Status != CallStatus.UnderEvaluation || call.EvaluationCompletedAt is not null)
        {
            throw CommonRules.InvalidTransition("call", FundingCall.Describe(call.StatusAt(services.Now)) + (call.EvaluationCompletedAt is null ? "" : " and ranked"), "given evaluators");
        }
        var evaluator = await services.Db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.EvaluatorId, services.Cancellation)
            ?? throw new RequestValidationException("evaluatorId", $"There is no evaluator {request.EvaluatorId}.");
        var assignment = Assignment.Create(proposal, evaluator, services.User.AuditName, services.Now);
        services.Db.Assignments.Add(assignment);
        services.Audit("proposal.evaluator-assigned", "proposal", proposal.Id, new { evaluatorId = evaluator.Id, evaluator.Subject });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw FundingRules.AlreadyAssigned(evaluator.Name);
        }
        return TypedResults.Created($"/api/funding/assignments?proposalId={proposal.Id}", Response(assignment, call, proposal, evaluator));
    }

    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> ScoreProposal(Guid proposalId, ScoreSheetRequest request, [AsParameters] FundingServices services)
    {
        var evaluator = await services.Db.Evaluators.AsNoTracking().FirstOrDefaultAsync(e => e.Subject == services.User.Subject, services.Cancellation)
            ?? throw FundingRules.NotAssigned();
        var assignment = await services.Db.Assignments.FirstOrDefaultAsync(a => a.ProposalId == proposalId && a.EvaluatorId == evaluator.Id, services.Cancellation)
            ?? throw FundingRules.NotAssigned();
        var proposal = await services.Db.Proposals.FirstAsync(p => p.Id == proposalId, services.Cancellation);
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        if (call.EvaluationCompletedAt is not null || proposal.Status is not (ProposalStatus.Eligible or ProposalStatus.Evaluated))
        {
            throw CommonRules.InvalidTransition("proposal", Proposal.Describe(proposal.Status) + (call.EvaluationCompletedAt is null ? "" : " in a ranked call"), "scored");
        }
        ETags.CheckMatch(services.HttpContext, assignment.Version);
        var scores = request.Scores!.Select(s => new CriterionScore(s.Criterion ?? "", s.Score, s.Comment?.Trim() ?? "")).ToList();
        var problems = assignment.Score(call.Criteria, scores, services.Now);
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        var others = await services.Db.Assignments.AsNoTracking().Where(a => a.ProposalId == proposalId && a.Id != assignment.Id).ToListAsync(services.Cancellation);
        if (proposal.Status == ProposalStatus.Eligible && others.All(a => a.IsScored))
        {
            proposal.MarkEvaluated(services.Now);
        }
        services.Audit("proposal.scored", "proposal", proposal.Id, new { evaluatorId = evaluator.Id, scores });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, assignment.Version);
        return TypedResults.Ok(Response(assignment, call, proposal, evaluator));
    }

    public static async Task<Ok<IReadOnlyList<AssignmentResponse>>> ListAssignments([AsParameters] FundingServices services, Guid? callId, Guid? proposalId)
    {
        var query = services.Db.Assignments.AsNoTracking();
        if (!services.User.IsRegionalOfficer)
        {
            var evaluatorId = await CallerEvaluatorIdAsync(services);
            query = query.Where(a => a.EvaluatorId == evaluatorId);
        }
        if (callId is { } c)
        {
            query = query.Where(a => a.CallId == c);
        }
        if (proposalId is { } p)
        {
            query = query.Where(a => a.ProposalId == p);
        }
        var rows = await query.OrderBy(a => a.AssignedAt).Take(Paging.MaxLimit)
            .Join(services.Db.Proposals, a => a.ProposalId, p => p.Id, (a, p) => new { a, p })
            .Join(services.Db.Calls, x => x.p.CallId, k => k.Id, (x, k) => new { x.a, x.p, k })
            .Join(services.Db.Evaluators, x => x.a.EvaluatorId, e => e.Id, (x, e) => new { x.a, x.p, x.k, e })
            .ToListAsync(services.Cancellation);
        return TypedResults.Ok<IReadOnlyList<AssignmentResponse>>(rows.OrderBy(r => r.a.AssignedAt).Select(r => Response(r.a, r.k, r.p, r.e)).ToList());
    }

    /// <summary>
    /// Scores every evaluated proposal, ranks those that pass (<see cref="Ranking"/>), rejects those
    /// that do not and the ineligible ones, and announces each decision and the ranking.
    /// </summary>
    public static async Task<Results<Ok<RankingResponse>, NotFound>> CompleteEvaluation(Guid callId, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.FirstOrDefaultAsync(c => c.Id == callId, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, call.Version);
        call.CompleteEvaluation(services.Now);
        var proposals = await services.Db.Proposals
            .Where(p => p.CallId == callId && (p.Status == ProposalStatus.Eligible || p.Status == ProposalStatus.Evaluated || p.Status == ProposalStatus.Ineligible))
            .ToListAsync(services.Cancellation);
        var assignments = await services.Db.Assignments.AsNoTracking().Where(a => a.CallId == callId).ToListAsync(services.Cancellation);
        var unscored = proposals.Count(p => p.Status == ProposalStatus.Eligible)
            + assignments.Count(a => !a.IsScored && proposals.Any(p => p.Id == a.ProposalId && p.Status == ProposalStatus.Evaluated));
        if (unscored > 0)
        {
            throw FundingRules.EvaluationIncomplete(unscored);
        }

        var candidates = new List<(RankingCandidate Candidate, Proposal Proposal)>();
        var rejected = 0;
        foreach (var proposal in proposals)
        {
            if (proposal.Status == ProposalStatus.Ineligible)
            {
                proposal.Reject(null, services.Now);
                services.RecordChange(FundingEvents.Rejected(proposal, call, "ineligible", proposal.IneligibilityReasons.Select(r => r.Message).ToList(), services.Now),
                    "proposal.rejected", "proposal", proposal.Id, new { reason = "ineligible" });
                rejected++;
                continue;
            }
            var sheets = assignments.Where(a => a.ProposalId == proposal.Id).Select(a => (IReadOnlyList<CriterionScore>)a.Scores).ToList();
            var outcome = Scoring.Evaluate(call.Criteria, call.PassThreshold, sheets);
            if (outcome.Passed)
            {
                candidates.Add((new RankingCandidate(proposal.Id, outcome, proposal.SubmittedAt!.Value, proposal.Submitted!.RequestedGrantEur), proposal));
            }
            else
            {
                proposal.Reject(outcome, services.Now);
                services.RecordChange(FundingEvents.Rejected(proposal, call, "below-threshold", outcome.FailedThresholds, services.Now),
                    "proposal.rejected", "proposal", proposal.Id, new { reason = "below-threshold", outcome.WeightedTotal, outcome.FailedThresholds });
                rejected++;
            }
        }
        var ranking = Ranking.Rank(candidates.Select(c => c.Candidate));
        var ranked = new List<(int, Proposal)>();
        foreach (var line in ranking)
        {
            var proposal = candidates.First(c => c.Proposal.Id == line.Candidate.ProposalId).Proposal;
            proposal.Rank(line.Position, line.Candidate.Outcome, services.Now);
            ranked.Add((line.Position, proposal));
        }
        services.RecordChange(FundingEvents.EvaluationCompleted(call, ranked, rejected, services.Now), "call.evaluation-completed", "call", call.Id,
            new { ranked = ranked.Count, rejected });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(await RankingAsync(services, call));
    }

    public static async Task<Results<Ok<RankingResponse>, NotFound>> GetRanking(Guid callId, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, services.Cancellation);
        var published = call?.Status is CallStatus.Awarded or CallStatus.Concluded;
        if (call is null || !(published || services.User.IsRegionalOfficer))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await RankingAsync(services, call));
    }

    /// <summary>Ranked proposals in order, then the rejected ones after evaluation (the public list of an awarded call).</summary>
    internal static async Task<RankingResponse> RankingAsync(FundingServices services, FundingCall call)
    {
        var proposals = await services.Db.Proposals.AsNoTracking()
            .Where(p => p.CallId == call.Id && (p.RankPosition != null || p.Status == ProposalStatus.Rejected))
            .ToListAsync(services.Cancellation);
        var leads = proposals.Select(p => p.LeadOrganisationId).Distinct().ToList();
        var names = await services.Db.Organisations.AsNoTracking().Where(o => leads.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var grants = await services.Db.Grants.AsNoTracking().Where(g => g.CallId == call.Id).ToDictionaryAsync(g => g.ProposalId, g => g.AmountEur, services.Cancellation);
        var lines = proposals
            .OrderBy(p => p.RankPosition ?? int.MaxValue).ThenByDescending(p => p.WeightedTotal)
            .Select(p => new RankingLine(p.RankPosition, p.Id, p.Current.Title, p.LeadOrganisationId, names.GetValueOrDefault(p.LeadOrganisationId),
                p.WeightedTotal, p.Status, p.Current.RequestedGrantEur, grants.TryGetValue(p.Id, out var amount) ? amount : null, p.FailedThresholds))
            .ToList();
        return new RankingResponse(call.Id, call.Code, call.StatusAt(services.Now), call.BudgetEur, call.CommittedEur, call.RemainingEur, lines);
    }

    /// <summary>The registered evaluator the caller is (by the token's subject), if the caller acts as one.</summary>
    internal static async Task<Guid?> CallerEvaluatorIdAsync(FundingServices services) =>
        services.User.Roles.Contains(Roles.Evaluator)
            ? await services.Db.Evaluators.Where(e => e.Subject == services.User.Subject).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(services.Cancellation)
            : null;

    private static EvaluatorResponse Response(Evaluator e) => new(e.Id, e.Subject, e.Name, e.Email, e.OrganisationId, e.PrioritySystems);

    private static AssignmentResponse Response(Assignment a, FundingCall call, Proposal proposal, Evaluator evaluator) =>
        new(a.Id, a.ProposalId, a.CallId, call.Code, proposal.Current.Title, evaluator.Id, evaluator.Name, a.AssignedAt, a.Scores, a.ScoredAt);
}
