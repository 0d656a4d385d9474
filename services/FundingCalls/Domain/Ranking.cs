namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>A proposal that passed the evaluation, with what the ranking orders it by.</summary>
public sealed record RankingCandidate(Guid ProposalId, EvaluationOutcome Outcome, DateTimeOffset SubmittedAt, Money RequestedGrantEur);

/// <summary>A proposal's place, 1 being the best.</summary>
public sealed record RankedCandidate(int Position, RankingCandidate Candidate);

public static class Ranking
{
    /// <summary>
    /// Orders by weighted total, highest first. Ties are broken by the criteria in decreasing
    /// order of weight (higher average first), then by the earlier submission of the evaluated
    /// version, then by proposal id so that the order never depends on chance. Positions are
    /// therefore all distinct.
    /// </summary>
    public static IReadOnlyList<RankedCandidate> Rank(IEnumerable<RankingCandidate> candidates) =>
        candidates
            .Order(Comparer<RankingCandidate>.Create(Compare))
            .Select((c, i) => new RankedCandidate(i + 1, c))
            .ToList();

    private static int Compare(RankingCandidate a, RankingCandidate b)
    {
        var byTotal = b.Outcome.WeightedTotal.CompareTo(a.Outcome.WeightedTotal);
        if (byTotal != 0)
        {
            return byTotal;
        }
        var heaviestFirst = a.Outcome.Criteria.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Weight).ThenBy(x => x.i).Select(x => x.i);
        foreach (var i in heaviestFirst)
        {
            var byCriterion = b.Outcome.Criteria[i].Average.CompareTo(a.Outcome.Criteria[i].Average);
            if (byCriterion != 0)
            {
                return byCriterion;
            }
        }
        var bySubmission = a.SubmittedAt.CompareTo(b.SubmittedAt);
        return bySubmission != 0 ? bySubmission : a.ProposalId.CompareTo(b.ProposalId);
    }
}

/// <summary>A ranked proposal as awarding sees it: its place and the grant it asked for.</summary>
public sealed record AwardCandidate(Guid ProposalId, int Position, Money RequestedGrantEur)
{
    public static AwardCandidate Of(Proposal ranked) => new(ranked.Id, ranked.RankPosition!.Value, ranked.Submitted!.RequestedGrantEur);
}

/// <summary>What funding the ranking in order does with the budget left.</summary>
public sealed record AwardPlan(IReadOnlyList<(Guid ProposalId, Money AmountEur)> Funded, IReadOnlyList<Guid> Reserve)
{
    public Money FundedEur => Money.Sum(Funded.Select(f => f.AmountEur));
}

public static class Awarding
{
    /// <summary>
    /// Funds the ranking from the top, each at its requested grant, while the budget covers it. The
    /// first proposal the budget cannot cover in full and all below it go to the reserve list: the
    /// ranking's order is never skipped to fit a smaller grant.
    /// </summary>
    public static AwardPlan Plan(Money remainingEur, IEnumerable<AwardCandidate> ranking)
    {
        var funded = new List<(Guid, Money)>();
        var reserve = new List<Guid>();
        foreach (var ranked in ranking.OrderBy(r => r.Position))
        {
            var amount = ranked.RequestedGrantEur;
            if (reserve.Count == 0 && amount <= remainingEur)
            {
                funded.Add((ranked.ProposalId, amount));
                remainingEur -= amount;
            }
            else
            {
                reserve.Add(ranked.ProposalId);
            }
        }
        return new AwardPlan(funded, reserve);
    }
}
