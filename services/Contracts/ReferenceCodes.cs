namespace PiedmontSystem.Contracts;

/// <summary>
/// Codes the services share in events and eligibility rules. The registry owns the names (it/en)
/// of SPIs and CTIs in its reference data; these are the codes only, so that funding can validate
/// a call's eligibility lists without asking the registry.
/// </summary>
public static class ReferenceCodes
{
    /// <summary>The six S3 2021-2027 Priority Innovation Systems (SPI).</summary>
    public static readonly IReadOnlyList<string> PrioritySystems = ["AEROSPACE", "MOBILITY", "MANUFACTURING", "GREEN_TECH", "FOOD", "HEALTH"];

    /// <summary>The transversal innovation components (CTI) and the horizontal topic of skills.</summary>
    public static readonly IReadOnlyList<string> InnovationComponents = ["DIGITAL", "GREEN", "SOCIO_TERRITORIAL", "SKILLS"];

    /// <summary>Organisation kinds as events spell them (kebab-case).</summary>
    public static readonly IReadOnlyList<string> OrganisationKinds =
        ["enterprise", "university", "research-body", "tech-park", "incubator", "bank-foundation", "third-sector", "training-body", "public-body"];

    /// <summary>EU SME size classes as the registry derives them (Recommendation 2003/361), plus unknown.</summary>
    public static readonly IReadOnlyList<string> SizeClasses = ["micro", "small", "medium", "large", "unknown"];

    /// <summary>The size classes that make an organisation an SME.</summary>
    public static readonly IReadOnlyList<string> SmeSizeClasses = ["micro", "small", "medium"];

    /// <summary>The provinces of Piedmont, as organisation events spell them.</summary>
    public static readonly IReadOnlyList<string> Provinces = ["TO", "AL", "AT", "BI", "CN", "NO", "VB", "VC"];
}
