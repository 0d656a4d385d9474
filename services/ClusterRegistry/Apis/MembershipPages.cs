using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// A page of memberships (a cluster's or an organisation's), optionally of one status, newest
/// request first (<c>-requestedAt</c>, the default) or oldest first (<c>requestedAt</c>).
/// </summary>
internal static class MembershipPages
{
    private static readonly InstantSort<Membership> ByRequest = new("requestedAt", m => m.RequestedAt, m => m.Id);

    public static async Task<Page<MembershipResponse>> ReadAsync(
        RegistryDbContext db, IQueryable<Membership> memberships, string? status, string? sort, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        if (QueryValues.Enum<MembershipStatus>(status, nameof(status)) is { } wanted)
        {
            memberships = memberships.Where(m => m.Status == wanted);
        }
        var keyset = ByRequest.For(sort);
        var take = Paging.Limit(limit);
        var rows = await keyset.Apply(memberships, cursor)
            .Take(take + 1)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { Membership = m, o.LegalName })
            .Join(db.Clusters, x => x.Membership.ClusterId, c => c.Id, (x, c) => new { x.Membership, x.LegalName, c.Code })
            .ToListAsync(cancellationToken);
        // The joins after Take lose the order; the keyset restores it.
        var labels = rows.ToDictionary(r => r.Membership.Id, r => (r.LegalName, r.Code));
        return keyset.Slice(keyset.InOrder(rows.Select(r => r.Membership)), take)
            .Map(m => MembershipResponses.From(m, labels[m.Id].LegalName, labels[m.Id].Code));
    }
}
