namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>What completing a call's evaluation decided: the ranking, in order, and the rejections, in the order decided.</summary>
public sealed record EvaluationDecisions(IReadOnlyList<(int Position, Proposal Proposal)> Ranked, IReadOnlyList<Rejection> Rejected);

public static class EvaluationCompletion
{
    /// <summary>
    /// Fixes the call's ranking: every eligible proposal must be fully scored; those whose
    /// <see cref="Scoring"/> passes are ranked (<see cref="Ranking"/>), those that do not and the
    /// ineligible ones are rejected. <paramref name="proposals"/> are the call's eligible, evaluated
    /// and ineligible proposals (tracked); <paramref name="assignments"/> all of its assignments.
    /// </summary>
    public static EvaluationDecisions Complete(FundingCall call, IReadOnlyList<Proposal> proposals, IReadOnlyList<Assignment> assignments, DateTimeOffset now)
    {
        call.CompleteEvaluation(now);
        var unscored = proposals.Count(p => p.Status == ProposalStatus.Eligible)
            + assignments.Count(a => !a.IsScored && proposals.Any(p => p.Id == a.ProposalId && p.Status == ProposalStatus.Evaluated));
        if (unscored > 0)
        {
            throw FundingRules.EvaluationIncomplete(unscored);
        }

        var candidates = new List<(RankingCandidate Candidate, Proposal Proposal)>();
        var rejected = new List<Rejection>();
        foreach (var proposal in proposals)
        {
            if (proposal.Status == ProposalStatus.Ineligible)
            {
                proposal.Reject(null, now);
                rejected.Add(new Rejection(proposal, "ineligible", proposal.IneligibilityReasons.Select(r => r.Message).ToList(), null));
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
                proposal.Reject(outcome, now);
                rejected.Add(new Rejection(proposal, "below-threshold", outcome.FailedThresholds, outcome));
            }
        }
        var ranked = new List<(int, Proposal)>();
        foreach (var line in Ranking.Rank(candidates.Select(c => c.Candidate)))
        {
            var proposal = candidates.First(c => c.Proposal.Id == line.Candidate.ProposalId).Proposal;
            proposal.Rank(line.Position, line.Candidate.Outcome, now);
            ranked.Add((line.Position, proposal));
        }
        return new EvaluationDecisions(ranked, rejected);
    }
}
