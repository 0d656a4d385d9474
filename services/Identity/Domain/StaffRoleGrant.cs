using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Domain;

/// <summary>
/// A staff role a regional officer granted a person (cluster manager of one cluster, evaluator,
/// accelerator manager, CEIP officer, regional officer, operator). Revoking keeps the row.
/// </summary>
public sealed class StaffRoleGrant
{
    /// <summary>The roles a regional officer grants; organisation users come from organisations, partners are clients.</summary>
    public static readonly IReadOnlyList<string> Grantable =
    [
        Roles.ClusterManager, Roles.Evaluator, Roles.AcceleratorManager, Roles.CeipOfficer, Roles.RegionalOfficer, Roles.Operator,
    ];

    /// <summary>
    /// A cluster code as the registry writes it: 2-30 letters, digits, - or _, starting with a
    /// letter, upper-case. The identity service keeps no copy of the registry's clusters, so it
    /// checks the shape only.
    /// </summary>
    public const string ClusterCodePattern = "^[A-Za-z][A-Za-z0-9_-]{1,29}$";

    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid PersonId { get; init; }

    public required string Role { get; init; }

    /// <summary>The cluster a cluster manager runs (its code, e.g. CLEVER); null for other roles.</summary>
    public string? ClusterCode { get; init; }

    public DateTimeOffset GrantedAt { get; init; }

    public required string GrantedBy { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>Why it was revoked, as the officer wrote it (audited, not announced).</summary>
    public string? RevokeReason { get; set; }

    public bool IsActive => RevokedAt is null;

    public static string NormaliseClusterCode(string code) => code.Trim().ToUpperInvariant();

    public void Revoke(string revokedBy, string? reason, DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw IdentityRules.StaffRoleAlreadyRevoked();
        }
        RevokedAt = now;
        RevokedBy = revokedBy;
        RevokeReason = reason;
    }
}
