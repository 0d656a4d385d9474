using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Scores: an evaluator scores each criterion of a proposal assigned to them, with a comment, until the evaluation completes.</summary>
public static class ScoresApi
{
    public static IEndpointRouteBuilder MapScoresApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/funding/proposals/{proposalId:guid}/scores", ScoreProposal).WithTags("Evaluation").WithName(nameof(ScoreProposal)).AcceptsIfMatch()
            .WithSummary("Score each criterion with a comment; only an evaluator assigned to the proposal, until the evaluation completes")
            .ValidateRequest<ScoreSheetRequest>().RequireAuthorization(Policies.Evaluator);
        return app;
    }

    public static async Task<Results<Ok<AssignmentResponse>, NotFound>> ScoreProposal(Guid proposalId, ScoreSheetRequest request, [AsParameters] FundingServices services)
    {
        var evaluator = await CallingEvaluator.FindAsync(services) ?? throw FundingRules.NotAssigned();
        var assignment = await services.Db.Assignments.FirstOrDefaultAsync(a => a.ProposalId == proposalId && a.EvaluatorId == evaluator.Id, services.Cancellation)
            ?? throw FundingRules.NotAssigned();
        var proposal = await services.Db.Proposals.FirstAsync(p => p.Id == proposalId, services.Cancellation);
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        proposal.CheckCanBeScoredIn(call);
        ETags.CheckMatch(services.HttpContext, assignment.Version);
        var scores = request.Scores!.Select(s => new CriterionScore(s.Criterion ?? "", s.Score, s.Comment?.Trim() ?? "")).ToList();
        var problems = assignment.Score(call.Criteria, scores, services.Now);
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        var others = await services.Db.Assignments.AsNoTracking().Where(a => a.ProposalId == proposalId && a.Id != assignment.Id).ToListAsync(services.Cancellation);
        proposal.MarkEvaluatedOnceAllScored(others.Append(assignment), services.Now);
        services.Audit("proposal.scored", "proposal", proposal.Id, new { evaluatorId = evaluator.Id, scores });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, assignment.Version);
        return TypedResults.Ok(AssignmentResponse.Of(assignment, call, proposal, evaluator));
    }
}
