using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class EvaluationTests
{
    private static IReadOnlyList<CriterionScore> Sheet(decimal quality, decimal impact, decimal team) =>
        [new("quality", quality, "q"), new("impact", impact, "i"), new("team", team, "t")];

    [Fact]
    public void WeightedTotalIsOutOf100AndAveragesTheEvaluators()
    {
        var outcome = Scoring.Evaluate(Builders.Criteria(), 60, [Sheet(8, 6, 10), Sheet(6, 8, 10)]);

        // quality 7/10×50 = 35, impact 7/10×30 = 21, team 10/10×20 = 20
        Assert.Equal(76m, outcome.WeightedTotal);
        Assert.True(outcome.Passed);
    }

    [Fact]
    public void CriterionBelowItsThresholdFailsWhateverTheTotal()
    {
        var outcome = Scoring.Evaluate(Builders.Criteria(), 50, [Sheet(10, 4, 10)]);

        Assert.Equal(82m, outcome.WeightedTotal);
        Assert.False(outcome.Passed);
        Assert.StartsWith("impact", Assert.Single(outcome.FailedThresholds), StringComparison.Ordinal);
    }

    [Fact]
    public void TotalBelowThePassMarkFails()
    {
        var outcome = Scoring.Evaluate(Builders.Criteria(), 60, [Sheet(6, 5, 0)]);

        Assert.Equal(45m, outcome.WeightedTotal);
        Assert.Contains(outcome.FailedThresholds, f => f.StartsWith("total", StringComparison.Ordinal));
    }

    [Fact]
    public void RankingOrdersByTotalThenHeaviestCriterionThenEarlierSubmission()
    {
        var t0 = Builders.Deadline.AddDays(-2);
        RankingCandidate Candidate(string name, IReadOnlyList<CriterionScore> sheet, DateTimeOffset at) =>
            new(Guid.Parse($"00000000-0000-0000-0000-{name.PadLeft(12, '0')}"), Scoring.Evaluate(Builders.Criteria(), 0, [sheet]), at, Money.Euros(100_000));

        var best = Candidate("1", Sheet(9, 9, 9), t0);                    // 90
        var tiedBetterQuality = Candidate("2", Sheet(8, 6, 7), t0);       // 40+18+14 = 72
        var tiedWorseQuality = Candidate("3", Sheet(6, 8, 9), t0);        // 30+24+18 = 72
        var tiedLateSubmission = Candidate("4", Sheet(8, 6, 7), t0.AddHours(1)); // 72, same scores as #2, later

        var ranking = Ranking.Rank([tiedWorseQuality, tiedLateSubmission, best, tiedBetterQuality]);

        Assert.Equal([best, tiedBetterQuality, tiedLateSubmission, tiedWorseQuality], ranking.Select(r => r.Candidate));
        Assert.Equal([1, 2, 3, 4], ranking.Select(r => r.Position));
    }

    [Fact]
    public void AwardsFollowTheRankingAndStopAtTheFirstGrantTheBudgetCannotCover()
    {
        AwardCandidate At(int position, decimal amount) => new(Guid.NewGuid(), position, Money.Euros(amount));
        var ranking = new[] { At(1, 400_000), At(2, 300_000), At(3, 500_000), At(4, 100_000) };

        var plan = Awarding.Plan(Money.Euros(1_000_000), ranking);

        Assert.Equal([ranking[0].ProposalId, ranking[1].ProposalId], plan.Funded.Select(f => f.ProposalId));
        Assert.Equal(700_000, plan.Funded.Sum(f => f.AmountEur));
        // #4 would fit in the 300,000 left, but the ranking is not skipped: it waits on the reserve list behind #3.
        Assert.Equal([ranking[2].ProposalId, ranking[3].ProposalId], plan.Reserve);
    }

    [Fact]
    public void EvaluatorFromAnOrganisationInTheConsortiumCannotBeAssigned()
    {
        var partner = Guid.NewGuid();
        var proposal = SubmittedProposal(Guid.NewGuid(), partner);
        var conflicted = Evaluator.Register("expert-1", "Dr. Rossi", "rossi@example.org", partner, [], Builders.Opening);
        var independent = Evaluator.Register("expert-2", "Dr. Bianchi", "bianchi@example.org", Guid.NewGuid(), [], Builders.Opening);

        Assert.Equal("conflict-of-interest", Assert.Throws<DomainRuleException>(() => Assignment.Create(proposal, conflicted, "officer", Builders.Deadline)).Code);
        Assert.Equal(proposal.Id, Assignment.Create(proposal, independent, "officer", Builders.Deadline).ProposalId);
    }

    [Fact]
    public void EvaluatorFromTheLeadOrganisationHasAConflict()
    {
        var lead = Guid.NewGuid();

        Assert.True(Evaluator.Register("e", "E", "e@example.org", lead, [], Builders.Opening).HasConflictWith(SubmittedProposal(lead, Guid.NewGuid())));
    }

    [Fact]
    public void ScoreSheetNeedsEveryCriterionInRangeWithAComment()
    {
        var assignment = Assignment.Create(SubmittedProposal(Guid.NewGuid(), Guid.NewGuid()), Evaluator.Register("e", "E", "e@example.org", null, [], Builders.Opening), "o", Builders.Deadline);

        var problems = assignment.Score(Builders.Criteria(), [new("quality", 11, "too high"), new("impact", 5, " ")], Builders.Deadline);

        Assert.Equal(["scores[0].score", "scores[1].comment", "scores"], problems.Select(p => p.Field));
        Assert.False(assignment.IsScored);
    }

    internal static Proposal SubmittedProposal(Guid lead, Guid partner)
    {
        var proposal = Proposal.Start(Guid.NewGuid(), lead, Builders.Content(partner), Builders.Opening);
        proposal.Submit([], Builders.Opening.AddDays(1));
        return proposal;
    }
}
