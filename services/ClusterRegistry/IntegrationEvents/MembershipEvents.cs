using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Maps each step of a membership to the event other services and partners see.</summary>
internal static class MembershipEvents
{
    public static MembershipRequested Requested(Membership m, Cluster c) => new(m.Id, m.OrganisationId, c.Id, c.Code, m.UpdatedAt);

    public static MembershipApproved Approved(Membership m, Cluster c) => new(m.Id, m.OrganisationId, c.Id, c.Code, m.UpdatedAt);

    public static MembershipRejected Rejected(Membership m, Cluster c, string? reason) => new(m.Id, m.OrganisationId, c.Id, c.Code, reason, m.UpdatedAt);

    public static MembershipSuspended Suspended(Membership m, Cluster c, string? reason) => new(m.Id, m.OrganisationId, c.Id, c.Code, reason, m.UpdatedAt);

    public static MembershipReinstated Reinstated(Membership m, Cluster c) => new(m.Id, m.OrganisationId, c.Id, c.Code, m.UpdatedAt);

    public static MembershipEnded Ended(Membership m, Cluster c, string? reason) => new(m.Id, m.OrganisationId, c.Id, c.Code, reason, m.UpdatedAt);
}
