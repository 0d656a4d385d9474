namespace PiedmontSystem.EligibilityRules;

/// <summary>What the rules look at in an organisation, as the registry announced it.</summary>
/// <param name="Kind">Organisation kind, kebab-case (enterprise, university, …).</param>
/// <param name="SizeClass">micro, small, medium, large or unknown.</param>
/// <param name="InnovativeStartup">Registered as an innovative start-up.</param>
/// <param name="Province">Province code; empty when not recorded.</param>
/// <param name="PrioritySystems">The SPIs it declares it works in.</param>
/// <param name="FoundedOn">Founding date, when recorded.</param>
public sealed record OrganisationFacts(
    string Kind,
    string SizeClass,
    bool InnovativeStartup,
    string Province,
    IReadOnlyCollection<string> PrioritySystems,
    DateOnly? FoundedOn = null)
{
    public bool IsSme => OrganisationEligibility.IsSme(SizeClass);
}
