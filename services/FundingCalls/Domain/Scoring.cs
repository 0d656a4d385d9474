namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>An evaluator's score on one criterion, with the comment that justifies it.</summary>
public sealed record CriterionScore(string Criterion, decimal Score, string Comment);

/// <summary>A criterion's average over the evaluators, and whether it reached the threshold.</summary>
public sealed record CriterionResult(string Criterion, decimal Weight, decimal Average, decimal Threshold)
{
    public bool Passed => Average >= Threshold;
}

/// <summary>The result of a proposal's evaluation: weighted total out of 100 and the thresholds it missed.</summary>
public sealed record EvaluationOutcome(decimal WeightedTotal, IReadOnlyList<CriterionResult> Criteria, IReadOnlyList<string> FailedThresholds)
{
    public bool Passed => FailedThresholds.Count == 0;
}

public static class Scoring
{
    /// <summary>
    /// Averages each criterion over the evaluators' sheets, weighs it (average / max score ×
    /// weight, weights adding up to 100) and checks each criterion's threshold and the call's
    /// pass mark. Totals are rounded to two decimals, half away from zero.
    /// </summary>
    public static EvaluationOutcome Evaluate(IReadOnlyList<EvaluationCriterion> criteria, decimal passThreshold, IReadOnlyList<IReadOnlyList<CriterionScore>> sheets)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A proposal needs at least one score sheet.", nameof(sheets));
        }
        var results = criteria.Select(c =>
        {
            var scores = sheets.Select(sheet => sheet.Single(s => string.Equals(s.Criterion, c.Code, StringComparison.OrdinalIgnoreCase)).Score).ToList();
            return new CriterionResult(c.Code, c.Weight, Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero), c.Threshold);
        }).ToList();
        var total = Math.Round(results.Zip(criteria).Sum(x => x.First.Average / x.Second.MaxScore * x.Second.Weight), 2, MidpointRounding.AwayFromZero);
        var failed = results.Where(r => !r.Passed).Select(r => $"{r.Criterion}: {r.Average:0.##} below the threshold of {r.Threshold:0.##}").ToList();
        if (total < passThreshold)
        {
            failed.Add($"total: {total:0.##} below the pass mark of {passThreshold:0.##}");
        }
        return new EvaluationOutcome(total, results, failed);
    }
}
