namespace PiedmontSystem.OrganisationReplica;

/// <summary>
/// A cluster membership as the registry last announced it: what a service needs to answer "is
/// this organisation an active member of that cluster?" without asking the registry.
/// </summary>
public sealed class ReplicatedMembership
{
    private ReplicatedMembership()
    {
    }

    public Guid MembershipId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid ClusterId { get; private set; }
    public string ClusterCode { get; private set; } = "";

    /// <summary>requested, active, rejected, suspended or ended.</summary>
    public string Status { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public bool IsActive => Status == MembershipStatuses.Active;

    internal static ReplicatedMembership Create(Guid membershipId, Guid organisationId, Guid clusterId, string clusterCode) => new()
    {
        MembershipId = membershipId,
        OrganisationId = organisationId,
        ClusterId = clusterId,
        ClusterCode = clusterCode,
        ChangedAt = DateTimeOffset.MinValue,
    };

    /// <summary>Applies a status change unless a newer one is already applied (events may arrive out of order).</summary>
    internal void Apply(string status, DateTimeOffset occurredAt)
    {
        if (occurredAt < ChangedAt)
        {
            return;
        }
        Status = status;
        ChangedAt = occurredAt;
    }
}
