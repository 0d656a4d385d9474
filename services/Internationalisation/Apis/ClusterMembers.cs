using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.Internationalisation.Apis;

/// <summary>A cluster's members as the service's copy of the registry's memberships has them: what a cluster manager may act for and see.</summary>
internal static class ClusterMembers
{
    /// <summary>The organisations with an active membership of the cluster, as a query to compose (a subquery of the caller's).</summary>
    public static IQueryable<Guid> Active(InternationalisationDbContext db, string clusterCode)
    {
        var active = MembershipStatuses.Active;
        return db.Memberships.Where(m => m.ClusterCode == clusterCode && m.Status == active).Select(m => m.OrganisationId);
    }
}
