using PiedmontSystem.Contracts;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>What the accelerator knows of an organisation from the registry's events.</summary>
public sealed record StartupFacts(Guid OrganisationId, string LegalName, string Kind, string SizeClass, bool InnovativeStartup, DateOnly? FoundedOn, string Province)
{
    public bool IsSme => ReferenceCodes.SmeSizeClasses.Contains(SizeClass);
}

/// <summary>
/// An intake's eligibility rules, checked on the accelerator's copy of the registry when an
/// application is submitted. Every failing rule is reported, each naming its field.
/// </summary>
public static class IntakeRules
{
    public static IReadOnlyList<EligibilityFailure> Check(Intake intake, ApplicationContent content, StartupFacts? applicant)
    {
        var failures = new List<EligibilityFailure>();
        var rules = intake.Eligibility;
        if (applicant is null)
        {
            failures.Add(new("organisation-unknown", "organisationId", "The organisation is not in the regional directory (register it in the cluster registry first)."));
        }
        else
        {
            var name = applicant.LegalName;
            if (rules.Kinds.Count > 0 && !rules.Kinds.Contains(applicant.Kind))
            {
                failures.Add(new("kind-not-eligible", "organisationId", $"{name} is a {applicant.Kind}; the intake is open to: {string.Join(", ", rules.Kinds)}."));
            }
            if (rules.InnovativeStartupsOnly && !applicant.InnovativeStartup)
            {
                failures.Add(new("not-innovative-startup", "organisationId", $"{name} is not registered as an innovative start-up; this intake is only for innovative start-ups."));
            }
            if (!rules.InnovativeStartupsOnly && !applicant.InnovativeStartup && !applicant.IsSme)
            {
                failures.Add(new("not-startup-or-sme", "organisationId", $"{name} is neither an innovative start-up nor an SME (its size class is {applicant.SizeClass})."));
            }
            if (rules.SizeClasses.Count > 0 && !rules.SizeClasses.Contains(applicant.SizeClass))
            {
                failures.Add(new("size-class-not-eligible", "organisationId", $"{name} is {applicant.SizeClass}; the intake is open to: {string.Join(", ", rules.SizeClasses)}."));
            }
            CheckFounding(rules, applicant, failures);
            if (rules.Provinces.Count > 0 && !rules.Provinces.Contains(applicant.Province))
            {
                failures.Add(new("province-not-eligible", "organisationId",
                    $"{name} is registered in {(applicant.Province.Length == 0 ? "no province of Piedmont" : applicant.Province)}; the intake is open to the provinces {string.Join(", ", rules.Provinces)}."));
            }
        }
        if (intake.PrioritySystems.Count > 0 && !intake.PrioritySystems.Contains(content.PrioritySystem))
        {
            failures.Add(new("priority-system-not-eligible", "prioritySystem", $"The intake is open to the SPIs {string.Join(", ", intake.PrioritySystems)}, not {content.PrioritySystem}."));
        }
        if (!content.Team.Any(m => m.Founder))
        {
            failures.Add(new("founder-missing", "team", "Name at least one founder in the team."));
        }
        if (string.IsNullOrWhiteSpace(content.PitchIt) && string.IsNullOrWhiteSpace(content.PitchEn))
        {
            failures.Add(new("pitch-missing", "pitchEn", "Write the pitch in Italian or English."));
        }
        return failures;
    }

    private static void CheckFounding(IntakeEligibility rules, StartupFacts applicant, List<EligibilityFailure> failures)
    {
        if (rules.FoundedFrom is null && rules.FoundedTo is null)
        {
            return;
        }
        if (applicant.FoundedOn is not { } founded)
        {
            failures.Add(new("founding-date-unknown", "organisationId", $"The directory has no founding date for {applicant.LegalName}; add it to the organisation's profile in the cluster registry."));
        }
        else if (founded < rules.FoundedFrom || founded > rules.FoundedTo)
        {
            failures.Add(new("founding-date-not-eligible", "organisationId",
                $"{applicant.LegalName} was founded on {founded:yyyy-MM-dd}; the intake is open to organisations founded {Window(rules)}."));
        }
    }

    private static string Window(IntakeEligibility rules) => (rules.FoundedFrom, rules.FoundedTo) switch
    {
        ({ } from, { } to) => $"between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}",
        ({ } from, null) => $"on or after {from:yyyy-MM-dd}",
        (null, { } to) => $"on or before {to:yyyy-MM-dd}",
        _ => "at any time",
    };
}
