namespace PiedmontSystem.Accelerator.Domain;

/// <summary>
/// Someone who scores applications (signs in with the <c>evaluator</c> role): a named expert,
/// usually from an organisation of the ecosystem, which is what conflicts of interest are checked on.
/// </summary>
public sealed class Reviewer
{
    private Reviewer()
    {
    }

    public Guid Id { get; private set; }
    public string Subject { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid? OrganisationId { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Reviewer Register(string subject, string name, Guid? organisationId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Subject = subject,
        Name = name,
        OrganisationId = organisationId,
        RegisteredAt = now,
    };

    /// <summary>
    /// Why this reviewer may not score the application, or null: a reviewer from the applicant's
    /// own organisation, or from an organisation that is its shareholder or partner (a provider
    /// among them), has a conflict of interest.
    /// </summary>
    public string? ConflictWith(Application application, string applicantName, string? reviewerOrganisationName)
    {
        if (OrganisationId is not { } own)
        {
            return null;
        }
        if (own == application.OrganisationId)
        {
            return $"{Name} works for {applicantName}, the applicant.";
        }
        var affiliation = application.Current.Affiliations.FirstOrDefault(a => a.OrganisationId == own);
        return affiliation is null ? null : $"{Name} works for {reviewerOrganisationName ?? own.ToString()}, a {affiliation.Relation} of {applicantName}.";
    }
}

/// <summary>A reviewer's score on one rubric criterion (0–10), with the comment that justifies it.</summary>
public sealed record CriterionScore(string Criterion, decimal Score, string Comment)
{
    private CriterionScore()
        : this("", 0, "")
    {
    }
}

/// <summary>A reviewer assigned to an application, and their score sheet once given.</summary>
public sealed class Review
{
    private Review()
    {
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid IntakeId { get; private set; }
    public Guid ReviewerId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public List<CriterionScore> Scores { get; private set; } = [];
    public decimal? WeightedScore { get; private set; }
    public DateTimeOffset? ScoredAt { get; private set; }
    public uint Version { get; private set; }

    public static Review Assign(Application application, Reviewer reviewer, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ApplicationId = application.Id,
        IntakeId = application.IntakeId,
        ReviewerId = reviewer.Id,
        AssignedAt = now,
    };

    /// <summary>Records the sheet: one score per rubric criterion, each 0–10 (validated by the request).</summary>
    public void Score(Intake intake, IReadOnlyList<CriterionScore> scores, DateTimeOffset now)
    {
        var missing = intake.Rubric.Select(c => c.Code).Except(scores.Select(s => s.Criterion), StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
        {
            throw new ServiceDefaults.Errors.RequestValidationException("scores", $"Score every criterion of the rubric; missing: {string.Join(", ", missing)}.");
        }
        var unknown = scores.Select(s => s.Criterion).Except(intake.Rubric.Select(c => c.Code), StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new ServiceDefaults.Errors.RequestValidationException("scores", $"Not criteria of this intake's rubric: {string.Join(", ", unknown)}.");
        }
        Scores = [.. scores];
        WeightedScore = intake.WeightedScore(scores.ToDictionary(s => intake.Rubric.First(c => string.Equals(c.Code, s.Criterion, StringComparison.OrdinalIgnoreCase)).Code, s => s.Score));
        ScoredAt = now;
    }
}
