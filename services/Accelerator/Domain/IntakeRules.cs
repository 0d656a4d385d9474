using PiedmontSystem.EligibilityRules;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>What the accelerator knows of an organisation from the registry's events.</summary>
public sealed record StartupFacts(Guid OrganisationId, string LegalName, string Kind, string SizeClass, bool InnovativeStartup, DateOnly? FoundedOn, string Province)
{
    public bool IsSme => OrganisationEligibility.IsSme(SizeClass);

    /// <summary>The facts the shared organisation rules look at (an intake's rules need no SPIs of the organisation).</summary>
    public OrganisationFacts ToOrganisationFacts() => new(Kind, SizeClass, InnovativeStartup, Province, PrioritySystems: [], FoundedOn);
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
            var organisationRules = ProgrammeCriteria.AcceleratorIntake(rules.Kinds, rules.SizeClasses, rules.InnovativeStartupsOnly, rules.Provinces, rules.FoundedFrom, rules.FoundedTo);
            foreach (var rule in OrganisationEligibility.Failures(organisationRules, applicant.ToOrganisationFacts()))
            {
                failures.Add(rule switch
                {
                    OrganisationRule.Kind => new("kind-not-eligible", "organisationId", $"{name} is a {applicant.Kind}; the intake is open to: {string.Join(", ", rules.Kinds)}."),
                    OrganisationRule.InnovativeStartup => new("not-innovative-startup", "organisationId", $"{name} is not registered as an innovative start-up; this intake is only for innovative start-ups."),
                    OrganisationRule.StartupOrSme => new("not-startup-or-sme", "organisationId", $"{name} is neither an innovative start-up nor an SME (its size class is {applicant.SizeClass})."),
                    OrganisationRule.SizeClass => new("size-class-not-eligible", "organisationId", $"{name} is {applicant.SizeClass}; the intake is open to: {string.Join(", ", rules.SizeClasses)}."),
                    OrganisationRule.FoundingDateUnknown => new("founding-date-unknown", "organisationId", $"The directory has no founding date for {name}; add it to the organisation's profile in the cluster registry."),
                    OrganisationRule.FoundingDate => new("founding-date-not-eligible", "organisationId",
                        $"{name} was founded on {applicant.FoundedOn:yyyy-MM-dd}; the intake is open to organisations founded {Window(rules)}."),
                    OrganisationRule.Province => new("province-not-eligible", "organisationId",
                        $"{name} is registered in {(applicant.Province.Length == 0 ? "no province of Piedmont" : applicant.Province)}; the intake is open to the provinces {string.Join(", ", rules.Provinces)}."),
                    _ => throw new InvalidOperationException($"An intake has no {rule} rule on organisations."),
                });
            }
        }
        if (!OrganisationEligibility.Allows(intake.PrioritySystems, content.PrioritySystem))
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

    private static string Window(IntakeEligibility rules) => (rules.FoundedFrom, rules.FoundedTo) switch
    {
        ({ } from, { } to) => $"between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}",
        ({ } from, null) => $"on or after {from:yyyy-MM-dd}",
        (null, { } to) => $"on or before {to:yyyy-MM-dd}",
        _ => "at any time",
    };
}
