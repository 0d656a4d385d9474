namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>The roles of DOMAIN.md, as they appear in the <c>role</c> claim of a token.</summary>
public static class Roles
{
    public const string OrganisationUser = "organisation-user";
    public const string ClusterManager = "cluster-manager";
    public const string RegionalOfficer = "regional-officer";
    public const string Evaluator = "evaluator";
    public const string AcceleratorManager = "accelerator-manager";
    public const string CeipOfficer = "ceip-officer";
    public const string PartnerSystem = "partner-system";
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All =
    [
        OrganisationUser, ClusterManager, RegionalOfficer, Evaluator,
        AcceleratorManager, CeipOfficer, PartnerSystem, Operator,
    ];
}

/// <summary>Claim types of platform tokens.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>Id of the organisation an organisation user acts for.</summary>
    public const string Organisation = "org";

    /// <summary>Code of the cluster a cluster manager runs (e.g. CLEVER).</summary>
    public const string Cluster = "cluster";

    /// <summary>The granted scopes, space-separated (a partner system's <c>events:&lt;area&gt;</c>).</summary>
    public const string Scope = "scope";
}
