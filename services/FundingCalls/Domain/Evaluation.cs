using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// An expert who scores proposals. <see cref="Subject"/> is the <c>sub</c> of their token;
/// <see cref="OrganisationId"/> is where they work, which the conflict-of-interest rule checks.
/// </summary>
public sealed class Evaluator
{
    private Evaluator()
    {
    }

    public Guid Id { get; private set; }
    public string Subject { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public List<string> PrioritySystems { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    public static Evaluator Register(string subject, string name, string email, Guid? organisationId, List<string> prioritySystems, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Subject = subject,
        Name = name,
        Email = email,
        OrganisationId = organisationId,
        PrioritySystems = prioritySystems,
        CreatedAt = now,
    };

    /// <summary>An evaluator whose organisation is in the consortium cannot judge it.</summary>
    public bool HasConflictWith(Proposal proposal) =>
        OrganisationId is { } own && (proposal.LeadOrganisationId == own || proposal.Current.PartnerIds.Contains(own));
}

/// <summary>An evaluator's assignment to a proposal, and their score sheet once given.</summary>
public sealed class Assignment
{
    private Assignment()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public Guid CallId { get; private set; }
    public Guid EvaluatorId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public string AssignedBy { get; private set; } = "";
    public List<CriterionScore> Scores { get; private set; } = [];
    public DateTimeOffset? ScoredAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsScored => ScoredAt is not null;

    public static Assignment Create(Proposal proposal, Evaluator evaluator, string by, DateTimeOffset now)
    {
        if (proposal.Status != ProposalStatus.Eligible)
        {
            throw CommonRules.InvalidTransition("proposal", Proposal.Describe(proposal.Status), "assigned to an evaluator (only eligible proposals are evaluated)");
        }
        if (evaluator.HasConflictWith(proposal))
        {
            throw FundingRules.ConflictOfInterest($"{evaluator.Name} works for an organisation in the proposal's consortium and cannot evaluate it.");
        }
        return new Assignment
        {
            Id = Guid.CreateVersion7(now),
            ProposalId = proposal.Id,
            CallId = proposal.CallId,
            EvaluatorId = evaluator.Id,
            AssignedAt = now,
            AssignedBy = by,
        };
    }

    /// <summary>Replaces the score sheet: one score per criterion, within its range, each with a comment.</summary>
    public IReadOnlyList<(string Field, string Message)> Score(IReadOnlyList<EvaluationCriterion> criteria, IReadOnlyList<CriterionScore> scores, DateTimeOffset now)
    {
        var problems = new List<(string, string)>();
        foreach (var (score, i) in scores.Select((s, i) => (s, i)))
        {
            var criterion = criteria.FirstOrDefault(c => string.Equals(c.Code, score.Criterion, StringComparison.OrdinalIgnoreCase));
            if (criterion is null)
            {
                problems.Add(($"scores[{i}].criterion", $"The call has no criterion '{score.Criterion}'; its criteria are {string.Join(", ", criteria.Select(c => c.Code))}."));
            }
            else if (score.Score < 0 || score.Score > criterion.MaxScore)
            {
                problems.Add(($"scores[{i}].score", $"A score on {criterion.Code} goes from 0 to {criterion.MaxScore:0.##}."));
            }
            if (string.IsNullOrWhiteSpace(score.Comment))
            {
                problems.Add(($"scores[{i}].comment", "Every score needs a comment that justifies it."));
            }
        }
        foreach (var missing in criteria.Where(c => scores.Count(s => string.Equals(s.Criterion, c.Code, StringComparison.OrdinalIgnoreCase)) != 1))
        {
            problems.Add(("scores", $"Give exactly one score for criterion {missing.Code}."));
        }
        if (problems.Count == 0)
        {
            Scores = [.. scores.Select(s => s with { Criterion = criteria.First(c => string.Equals(c.Code, s.Criterion, StringComparison.OrdinalIgnoreCase)).Code })];
            ScoredAt = now;
        }
        return problems;
    }
}
