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

    /// <summary>The 88 divisions of NACE Rev. 2 (the first two digits of an ATECO 2007 code).</summary>
    public static readonly IReadOnlySet<string> NaceDivisions = new HashSet<string>(StringComparer.Ordinal)
    {
        "01", "02", "03", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
        "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "35", "36", "37", "38", "39", "41", "42", "43",
        "45", "46", "47", "49", "50", "51", "52", "53", "55", "56", "58", "59", "60", "61", "62", "63", "64", "65", "66", "68",
        "69", "70", "71", "72", "73", "74", "75", "77", "78", "79", "80", "81", "82", "84", "85", "86", "87", "88", "90", "91",
        "92", "93", "94", "95", "96", "97", "98", "99",
    };

    /// <summary>
    /// A NACE Rev. 2 / ATECO code: a division of <see cref="NaceDivisions"/>, then optionally a
    /// group, class and (ATECO) category digit pair: <c>28</c>, <c>28.2</c>, <c>28.29</c>, <c>28.29.10</c>.
    /// </summary>
    public static bool IsNaceCode(string? code) =>
        code is { Length: >= 2 and <= 8 }
        && NaceDivisions.Contains(code[..2])
        && System.Text.RegularExpressions.Regex.IsMatch(code, @"^\d{2}(\.\d{1,2}){0,2}$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));
}
