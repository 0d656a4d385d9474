using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Identity.Domain;

/// <summary>The identity service's rules, each with a stable problem type (docs/problems.md).</summary>
public static class IdentityRules
{
    public static DomainRuleException StaffRoleAlreadyGranted(string role, string? clusterCode) =>
        new("staff-role-already-granted", "The person already has this role",
            clusterCode is null ? $"The person already holds an active {role} grant." : $"The person already holds an active {role} grant for cluster {clusterCode}.", 409);

    public static DomainRuleException OneClusterPerManager(string heldCluster) =>
        new("one-cluster-per-manager", "A cluster manager runs one cluster",
            $"The person already manages cluster {heldCluster} (a token names one cluster); revoke that grant first.", 409);

    public static DomainRuleException StaffRoleAlreadyRevoked() =>
        new("staff-role-already-revoked", "The grant was already revoked", "This staff role grant is no longer active.", 409);

    public static DomainRuleException CannotRevokeOwnRegionalOfficerRole() =>
        new("own-regional-officer-role", "You cannot revoke your own regional officer role",
            "Another regional officer must revoke it, so the region never loses its last officer by mistake.", 409);

    public static DomainRuleException NotOrganisationAdministrator() =>
        new("forbidden", "Not allowed for you", "Only the organisation's administrators manage its people and invitations.", 403);

    public static DomainRuleException NotAdministratorNorOfficer() =>
        new("forbidden", "Not allowed for you", "The organisation's administrators and regional officers see its people and invitations.", 403);

    public static DomainRuleException AlreadyInOrganisation() =>
        new("already-in-organisation", "The person already acts for this organisation", "This e-mail address belongs to one of the organisation's people.", 409);

    public static DomainRuleException InvitationPending() =>
        new("invitation-pending", "An invitation is already pending",
            "This e-mail address has a pending invitation to the organisation; cancel it first to send a new one.", 409);

    public static DomainRuleException InvitationNotPending(string status) =>
        new("invitation-not-pending", "The invitation is no longer pending", $"The invitation is {status}; only a pending invitation can be cancelled or accepted.", 409);

    public static DomainRuleException InvitationExpired() =>
        new("invitation-expired", "The invitation has expired", "Invitations are valid for 7 days; ask the organisation's administrator for a new one.", 409);

    public static DomainRuleException InAnotherOrganisation() =>
        new("in-another-organisation", "The person acts for another organisation",
            "A person acts for one organisation; leave the other one first (its administrator removes you).", 409);

    public static DomainRuleException LastAdministrator() =>
        new("last-administrator", "You are the organisation's last administrator",
            "An organisation keeps at least one administrator: you cannot remove yourself while no one else administers it.", 409);

    public static DomainRuleException ChangedConcurrently() =>
        new("changed-concurrently", "Changed meanwhile", "Someone changed this at the same moment; read it again and retry.", 409);
}
