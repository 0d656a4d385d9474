using Microsoft.AspNetCore.Authorization;

namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>
/// Named authorization policies. Every endpoint names one of these, or calls
/// <c>AllowAnonymous()</c> explicitly for public reads.
/// </summary>
public static class Policies
{
    public const string Authenticated = "authenticated";
    public const string OrganisationUser = "organisation-user";
    public const string ClusterManager = "cluster-manager";
    public const string RegionalOfficer = "regional-officer";
    public const string Evaluator = "evaluator";
    public const string AcceleratorManager = "accelerator-manager";
    public const string CeipOfficer = "ceip-officer";
    public const string PartnerSystem = "partner-system";
    public const string Operator = "operator";

    internal static void AddPlatformPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser());
        options.AddPolicy(OrganisationUser, p => p.RequireRole(Roles.OrganisationUser).RequireClaim(PlatformClaims.Organisation));
        options.AddPolicy(ClusterManager, p => p.RequireRole(Roles.ClusterManager).RequireClaim(PlatformClaims.Cluster));
        options.AddPolicy(RegionalOfficer, p => p.RequireRole(Roles.RegionalOfficer));
        options.AddPolicy(Evaluator, p => p.RequireRole(Roles.Evaluator));
        options.AddPolicy(AcceleratorManager, p => p.RequireRole(Roles.AcceleratorManager));
        options.AddPolicy(CeipOfficer, p => p.RequireRole(Roles.CeipOfficer));
        options.AddPolicy(PartnerSystem, p => p.RequireRole(Roles.PartnerSystem));
        options.AddPolicy(Operator, p => p.RequireRole(Roles.Operator));

        // An endpoint that forgets to name a policy is closed, not open.
        options.FallbackPolicy = options.GetPolicy(Authenticated);
    }
}
