using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>How a membership is answered: with its organisation's name and its cluster's code.</summary>
internal static class MembershipResponses
{
    public static MembershipResponse From(Membership m, string organisationName, string clusterCode) =>
        new(m.Id, m.OrganisationId, organisationName, clusterCode, m.Status, m.RequestedAt, m.ActiveSince, m.Steps);

    /// <summary>One membership whose cluster is at hand; reads the organisation's name.</summary>
    public static async Task<MembershipResponse> ReadAsync(RegistryDbContext db, Membership membership, Cluster cluster, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == membership.OrganisationId).Select(o => o.LegalName).FirstAsync(cancellationToken);
        return From(membership, name, cluster.Code);
    }
}
