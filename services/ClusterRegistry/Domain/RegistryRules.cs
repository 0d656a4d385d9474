using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>The registry's business rules, each with a stable problem type clients can switch on (docs/problems.md).</summary>
public static class RegistryRules
{
    public static DomainRuleException MembershipAlreadyOpen(string clusterCode) =>
        new("membership-already-open", "Membership already requested or active",
            $"The organisation already has a requested, active or suspended membership of {clusterCode}.", 409);

    public static DomainRuleException ClusterNotAcceptingMembers(string clusterCode) =>
        new("cluster-not-accepting-members", "Cluster not accepting members",
            $"{clusterCode} is not an active cluster; memberships can be requested only for active clusters.", 422);

    public static DomainRuleException ClusterCodeTaken(string clusterCode) =>
        new("cluster-code-taken", "Cluster code taken", $"A cluster with code {clusterCode} exists.", 409);

    public static DomainRuleException VatNumberAlreadyRegistered(VatNumber vatNumber, Guid existingOrganisationId) =>
        new("vat-number-already-registered", "VAT number already registered",
            $"An organisation with VAT number {vatNumber} is already registered.", 409)
        {
            Extensions = { ["existingOrganisationId"] = existingOrganisationId },
        };

    /// <summary>A cluster's own business (its memberships, its profile) is for its managers and regional officers.</summary>
    public static DomainRuleException NotManagerOf(string clusterCode, string what) =>
        CommonRules.Forbidden($"Only managers of {clusterCode} and regional officers {what}.");

    /// <summary>An organisation's profile is for its own users and regional officers.</summary>
    public static DomainRuleException NotActingForOrganisation() =>
        CommonRules.Forbidden("Only the organisation's own users or a regional officer may change its profile.");

    /// <summary>Only the organisation itself asks to join a cluster.</summary>
    public static DomainRuleException NotApplicant() =>
        CommonRules.Forbidden("Memberships are requested by the organisation's own users.");

    /// <summary>Each membership action is open to particular people (see <c>MembershipsApi</c>).</summary>
    public static DomainRuleException MembershipActionNotOpen(string clusterCode) =>
        CommonRules.Forbidden($"This action on a membership of {clusterCode} is not open to you.");
}
