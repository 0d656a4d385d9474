using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>The services an accelerator offers (the seed's catalogue).</summary>
public enum ServiceKind
{
    Training,
    StrategicConsulting,
    Networking,
}

/// <summary>One service of an intake's catalogue and the hours each start-up is planned to receive.</summary>
public sealed record CatalogueService(ServiceKind Kind, string DescriptionIt, string DescriptionEn, decimal PlannedHours)
{
    private CatalogueService()
        : this(ServiceKind.Training, "", "", 0)
    {
    }
}

/// <summary>A rubric criterion: reviewers score each from 0 to 10; <see cref="Weight"/> counts in the weighted average.</summary>
public sealed record RubricCriterion(string Code, string NameIt, string NameEn, decimal Weight)
{
    public const decimal MaxScore = 10;

    private RubricCriterion()
        : this("", "", "", 0)
    {
    }
}

/// <summary>
/// Who may apply. Empty lists mean "any". Only innovative start-ups when
/// <see cref="InnovativeStartupsOnly"/>; otherwise innovative start-ups and SMEs
/// (the seed's "high-growth SMEs": the SME size class is checked here, the growth is judged in
/// selection from the traction figures).
/// </summary>
public sealed record IntakeEligibility(
    List<string> Kinds,
    List<string> SizeClasses,
    bool InnovativeStartupsOnly,
    DateOnly? FoundedFrom,
    DateOnly? FoundedTo,
    List<string> Provinces)
{
    private IntakeEligibility()
        : this([], [], false, null, null, [])
    {
    }
}

/// <summary>What a manager writes when drafting or revising an intake.</summary>
public sealed record IntakeTerms(
    string Code,
    int Year,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> PrioritySystems,
    IntakeEligibility Eligibility,
    DateTimeOffset OpensAt,
    RomeDeadline Deadline,
    int CohortCapacity,
    int ServiceMonths,
    IReadOnlyList<CatalogueService> Services,
    IReadOnlyList<Guid> ProviderIds,
    IReadOnlyList<RubricCriterion> Rubric);

/// <summary>An amendment of a published intake, with the reason the manager gives.</summary>
public sealed record IntakeAmendment(DateTimeOffset At, string By, string Reason, List<string> Changes)
{
    private IntakeAmendment()
        : this(default, "", "", [])
    {
    }
}
