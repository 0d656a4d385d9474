using System.Security.Claims;

namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>Who is calling, read from the validated token: the facts object-level rules are decided on.</summary>
public sealed record CurrentUser(string? Subject, IReadOnlySet<string> Roles, Guid? OrganisationId, string? ClusterCode)
{
    public static readonly CurrentUser Anonymous = new(null, new HashSet<string>(), null, null);

    /// <summary>The scopes the token grants (a partner system's <c>events:&lt;area&gt;</c>); empty for a person's development token.</summary>
    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>();

    public bool IsAuthenticated => Subject is not null;

    public bool IsRegionalOfficer => Roles.Contains(ServiceDefaults.Security.Roles.RegionalOfficer);

    /// <summary>An organisation user acting for <paramref name="organisationId"/>.</summary>
    public bool ActsFor(Guid organisationId) =>
        Roles.Contains(ServiceDefaults.Security.Roles.OrganisationUser) && OrganisationId == organisationId;

    /// <summary>A manager of the cluster with this code.</summary>
    public bool Manages(string clusterCode) =>
        Roles.Contains(ServiceDefaults.Security.Roles.ClusterManager) && string.Equals(ClusterCode, clusterCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the audit trail names the actor: the subject and the role it acted in.</summary>
    public string AuditName => Subject is null ? "anonymous" : $"{Subject} ({string.Join(",", Roles.Order())})";

    public static CurrentUser From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }
        var organisation = principal.FindFirst(PlatformClaims.Organisation)?.Value;
        return new CurrentUser(
            principal.FindFirst(PlatformClaims.Subject)?.Value ?? "unknown",
            principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(),
            Guid.TryParse(organisation, out var id) ? id : null,
            principal.FindFirst(PlatformClaims.Cluster)?.Value)
        {
            Scopes = principal.FindAll(PlatformClaims.Scope)
                .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal),
        };
    }
}
