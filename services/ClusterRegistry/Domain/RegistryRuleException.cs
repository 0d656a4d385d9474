using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.Domain;

/// <summary>The registry's business rules, each with a stable problem type clients can switch on.</summary>
public static class RegistryRules
{
    public static DomainRuleException MembershipAlreadyOpen(string clusterCode) =>
        new("membership-already-open", "Membership already requested or active",
            $"The organisation already has a requested, active or suspended membership of {clusterCode}.", 409);

    public static DomainRuleException ClusterNotAcceptingMembers(string clusterCode) =>
        new("cluster-not-accepting-members", "Cluster not accepting members",
            $"{clusterCode} is not an active cluster; memberships can be requested only for active clusters.", 422);
}
