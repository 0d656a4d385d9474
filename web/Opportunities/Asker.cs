using PiedmontSystem.EligibilityRules;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>
/// Who is asking: an organisation as the portal's copy of the registry holds it, or what a visitor
/// said of theirs in the query. A fact left null is unknown, and the rules that need it are not
/// judged (the answer is "eligible as far as what was given").
/// </summary>
public sealed record Asker(
    Guid? OrganisationId,
    string? Kind,
    string? SizeClass,
    bool? InnovativeStartup,
    string? Province,
    IReadOnlyList<string>? PrioritySystems)
{
    public static Asker From(ReplicatedOrganisation organisation) =>
        new(organisation.OrganisationId, organisation.Kind, organisation.SizeClass, organisation.InnovativeStartup, organisation.Province, organisation.PrioritySystems);

    /// <summary>The shared rules' answer for <paramref name="opportunity"/>: the rules this asker fails, empty when eligible.</summary>
    public IReadOnlyList<string> Failures(Opportunity opportunity)
    {
        if (opportunity.Type == OpportunityTypes.Partnering && OrganisationId is { } id && opportunity.OwnerOrganisationId == id)
        {
            return ["own-profile"];
        }
        var criteria = opportunity.Criteria();
        var facts = new OrganisationFacts(Kind ?? "", SizeClass ?? "unknown", InnovativeStartup ?? false, Province ?? "", PrioritySystems ?? [], null);
        // Rules on facts not given are not judged.
        var judged = criteria with
        {
            Kinds = Kind is null ? [] : criteria.Kinds,
            SizeClasses = SizeClass is null ? [] : criteria.SizeClasses,
            InnovativeStartupsOnly = InnovativeStartup is not null && criteria.InnovativeStartupsOnly,
            StartupsOrSmesOnly = criteria.StartupsOrSmesOnly && InnovativeStartup is not true && SizeClass is not null
                && (InnovativeStartup is false || OrganisationEligibility.IsSme(SizeClass)),
            Provinces = Province is null ? [] : criteria.Provinces,
            PrioritySystems = PrioritySystems is null ? [] : criteria.PrioritySystems,
        };
        return [.. OrganisationEligibility.Failures(judged, facts).Select(RuleName)];
    }

    private static string RuleName(OrganisationRule rule) => rule switch
    {
        OrganisationRule.Kind => "kind",
        OrganisationRule.InnovativeStartup => "innovative-startup",
        OrganisationRule.StartupOrSme => "startup-or-sme",
        OrganisationRule.SizeClass => "size-class",
        OrganisationRule.FoundingDateUnknown => "founding-date-unknown",
        OrganisationRule.FoundingDate => "founding-date",
        OrganisationRule.Province => "province",
        OrganisationRule.PrioritySystems => "priority-systems",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
