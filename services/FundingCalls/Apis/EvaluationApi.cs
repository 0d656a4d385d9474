using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Evaluation of a call: officers put a closed call under evaluation and, once every eligible
/// proposal is scored (<see cref="AssignmentsApi"/>, <see cref="ScoresApi"/>), complete it, which
/// fixes the ranking.
/// </summary>
public static class EvaluationApi
{
    public static IEndpointRouteBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/funding/calls/{callId:guid}").WithTags("Evaluation");
        calls.MapPost("/evaluation/start", StartEvaluation).WithName(nameof(StartEvaluation)).AcceptsIfMatch()
            .WithSummary("Put a closed call under evaluation").WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapPost("/evaluation/complete", CompleteEvaluation).WithName(nameof(CompleteEvaluation)).AcceptsIfMatch()
            .WithSummary("Fix the ranking: passing proposals are ranked, the others rejected; every eligible proposal must be scored")
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        calls.MapGet("/ranking", GetRanking).WithName(nameof(GetRanking))
            .WithSummary("The ranking with totals and awards; officers at any time, everyone once grants are awarded").AllowAnonymous();
        return app;
    }

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
        return TypedResults.Ok(await CallResponses.OfAsync(services, call));
    }

    /// <summary>
    /// Fixes the ranking (<see cref="EvaluationCompletion"/>) and announces each rejection, then the ranking.
    /// </summary>
    public static async Task<Results<Ok<RankingResponse>, NotFound>> CompleteEvaluation(Guid callId, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.FirstOrDefaultAsync(c => c.Id == callId, services.Cancellation);
        if (call is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, call.Version);
        var proposals = await services.Db.Proposals
            .Where(p => p.CallId == callId && (p.Status == ProposalStatus.Eligible || p.Status == ProposalStatus.Evaluated || p.Status == ProposalStatus.Ineligible))
            .ToListAsync(services.Cancellation);
        var assignments = await services.Db.Assignments.AsNoTracking().Where(a => a.CallId == callId).ToListAsync(services.Cancellation);
        var decisions = EvaluationCompletion.Complete(call, proposals, assignments, services.Now);
        ProposalRejections.Record(services, call, decisions.Rejected);
        services.RecordChange(FundingEvents.EvaluationCompleted(call, decisions.Ranked, decisions.Rejected.Count, services.Now), "call.evaluation-completed", "call", call.Id,
            new { ranked = decisions.Ranked.Count, rejected = decisions.Rejected.Count });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, call.Version);
        return TypedResults.Ok(await RankingResponses.OfAsync(services, call));
    }

    public static async Task<Results<Ok<RankingResponse>, NotFound>> GetRanking(Guid callId, [AsParameters] FundingServices services)
    {
        var call = await services.Db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, services.Cancellation);
        if (call is null || !(call.RankingIsPublic || services.User.IsRegionalOfficer))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await RankingResponses.OfAsync(services, call));
    }
}
