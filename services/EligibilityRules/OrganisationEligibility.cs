using PiedmontSystem.Contracts;

namespace PiedmontSystem.EligibilityRules;

/// <summary>
/// The per-organisation eligibility rules: which of an opportunity's criteria an organisation
/// fails. Services word the failures their own way (each has its stable rule codes); the rules
/// themselves are these.
/// </summary>
public static class OrganisationEligibility
{
    /// <summary>The rules <paramref name="organisation"/> fails, in <see cref="OrganisationRule"/> order; empty when eligible.</summary>
    public static IReadOnlyList<OrganisationRule> Failures(OrganisationCriteria criteria, OrganisationFacts organisation)
    {
        var failures = new List<OrganisationRule>();
        if (!Allows(criteria.Kinds, organisation.Kind))
        {
            failures.Add(OrganisationRule.Kind);
        }
        if (criteria.InnovativeStartupsOnly && !organisation.InnovativeStartup)
        {
            failures.Add(OrganisationRule.InnovativeStartup);
        }
        if (criteria.StartupsOrSmesOnly && !organisation.InnovativeStartup && !organisation.IsSme)
        {
            failures.Add(OrganisationRule.StartupOrSme);
        }
        var boundBySize = !criteria.SizeClassesBindEnterprisesOnly || organisation.Kind == "enterprise";
        if (boundBySize && !Allows(criteria.SizeClasses, organisation.SizeClass))
        {
            failures.Add(OrganisationRule.SizeClass);
        }
        if (criteria.FoundedFrom is not null || criteria.FoundedTo is not null)
        {
            if (organisation.FoundedOn is not { } founded)
            {
                failures.Add(OrganisationRule.FoundingDateUnknown);
            }
            else if (founded < criteria.FoundedFrom || founded > criteria.FoundedTo)
            {
                failures.Add(OrganisationRule.FoundingDate);
            }
        }
        if (!Allows(criteria.Provinces, organisation.Province))
        {
            failures.Add(OrganisationRule.Province);
        }
        if (!AllowsAny(criteria.PrioritySystems, organisation.PrioritySystems))
        {
            failures.Add(OrganisationRule.PrioritySystems);
        }
        return failures;
    }

    /// <summary>Whether a list of admitted codes admits <paramref name="value"/>; an empty list admits any.</summary>
    public static bool Allows(IReadOnlyCollection<string> admitted, string value) => admitted.Count == 0 || admitted.Contains(value);

    /// <summary>Whether a list of admitted codes admits one of <paramref name="values"/>; an empty list admits any.</summary>
    public static bool AllowsAny(IReadOnlyCollection<string> admitted, IEnumerable<string> values) => admitted.Count == 0 || values.Any(admitted.Contains);

    /// <summary>Micro, small and medium enterprises (EU Recommendation 2003/361) are SMEs.</summary>
    public static bool IsSme(string sizeClass) => ReferenceCodes.SmeSizeClasses.Contains(sizeClass);
}
