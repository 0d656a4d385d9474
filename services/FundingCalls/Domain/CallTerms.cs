using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Domain;

public enum Instrument
{
    CollaborativeRdProject,
    FeasibilityStudy,
    InnovationServicesVoucher,
    ClusterOperationsSupport,
    StartupAcceleration,
    TransnationalJointCall,
}

/// <summary>
/// An evaluation criterion: scores go from 0 to <paramref name="MaxScore"/>; a proposal whose
/// average on it is below <paramref name="Threshold"/> fails, whatever its total.
/// </summary>
public sealed record EvaluationCriterion(string Code, LocalizedText Name, decimal Weight, decimal MaxScore, decimal Threshold)
{
    // EF Core materialises JSON records that nest other records through this constructor.
    private EvaluationCriterion()
        : this("", new LocalizedText("", ""), 0, 0, 0)
    {
    }
}

/// <summary>Who may form a consortium: how many organisations (lead included), and whether one must be an SME.</summary>
public sealed record ConsortiumRules(int MinParticipants, int MaxParticipants, bool RequiresSme);

/// <summary>
/// Everything an officer writes in a call. Empty eligibility lists mean "no restriction".
/// Size classes restrict enterprises only: universities and public bodies have none.
/// </summary>
public sealed record CallTerms(
    string Code,
    LocalizedText Title,
    LocalizedText Text,
    Instrument Instrument,
    List<string> EligibleKinds,
    List<string> EligibleSizeClasses,
    List<string> EligiblePrioritySystems,
    List<string> EligibleComponents,
    bool EndorsementRequired,
    ConsortiumRules Consortium,
    Money MinGrantEur,
    Money MaxGrantEur,
    Money BudgetEur,
    DateTimeOffset OpensAt,
    RomeDeadline Deadline,
    List<EvaluationCriterion> Criteria,
    decimal PassThreshold)
{
    /// <summary>What must hold before publication, as (field, message) pairs; empty when publishable.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Deadline <= OpensAt)
        {
            yield return ("deadlineAt", "The deadline must come after the opening.");
        }
        if (MinGrantEur > MaxGrantEur)
        {
            yield return ("minGrantEur", "The minimum grant cannot exceed the maximum grant.");
        }
        if (MaxGrantEur > BudgetEur)
        {
            yield return ("maxGrantEur", "The maximum grant cannot exceed the call's budget.");
        }
        if (Consortium.MinParticipants > Consortium.MaxParticipants)
        {
            yield return ("consortium.minParticipants", "The minimum number of participants cannot exceed the maximum.");
        }
        if (Criteria.Count == 0)
        {
            yield return ("criteria", "A call needs at least one evaluation criterion.");
        }
        else if (Criteria.Sum(c => c.Weight) != 100)
        {
            yield return ("criteria", $"The criteria's weights must add up to 100 (they add up to {Criteria.Sum(c => c.Weight)}).");
        }
        if (Criteria.Select(c => c.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Criteria.Count)
        {
            yield return ("criteria", "Each criterion needs its own code.");
        }
        foreach (var (criterion, i) in Criteria.Select((c, i) => (c, i)))
        {
            if (criterion.Threshold > criterion.MaxScore)
            {
                yield return ($"criteria[{i}].threshold", "A criterion's threshold cannot exceed its maximum score.");
            }
        }
    }
}
