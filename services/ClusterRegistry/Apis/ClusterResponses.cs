using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>How a cluster is answered, in the caller's language: whole, in a list, or as a reference from another resource.</summary>
internal static class ClusterResponses
{
    /// <summary>The whole cluster with its lineage, reference names, managing organisations and member count.</summary>
    public static async Task<ClusterResponse> ReadAsync(RegistryDbContext db, Cluster cluster, Language language, CancellationToken cancellationToken)
    {
        var related = await db.Clusters.AsNoTracking()
            .Where(c => c.Id == cluster.SuccessorId || c.SuccessorId == cluster.Id)
            .ToListAsync(cancellationToken);
        var codes = cluster.PrioritySystems.Concat(cluster.TransversalRoles).ToList();
        var reference = await db.ReferenceItems.AsNoTracking()
            .Where(r => (r.Category == ReferenceCategory.PrioritySystem || r.Category == ReferenceCategory.TransversalRole) && codes.Contains(r.Code))
            .ToListAsync(cancellationToken);
        var managers = await db.Organisations.AsNoTracking()
            .Where(o => cluster.ManagingOrganisationIds.Contains(o.Id))
            .OrderBy(o => o.SearchName)
            .Select(o => new ManagingOrganisationResponse(o.Id, o.LegalName))
            .ToListAsync(cancellationToken);
        var memberCount = await db.ClusterMemberCounts.Where(c => c.ClusterId == cluster.Id).Select(c => c.ActiveMembers).FirstOrDefaultAsync(cancellationToken);

        IReadOnlyList<ReferenceItemResponse> Items(ReferenceCategory category, IEnumerable<string> wanted) => wanted
            .Select(code => reference.FirstOrDefault(r => r.Category == category && r.Code == code))
            .OfType<ReferenceItem>()
            .Select(r => new ReferenceItemResponse(r.Code, r.Name.In(language)))
            .ToList();

        var successor = related.FirstOrDefault(c => c.Id == cluster.SuccessorId);
        return new ClusterResponse(
            cluster.Id, cluster.Code, cluster.Name.In(language), cluster.Description.In(language), cluster.Domain.In(language),
            cluster.Kind, cluster.Status, cluster.EstablishedIn, cluster.ClosedIn,
            successor is null ? null : Reference(successor, language),
            related.Where(c => c.SuccessorId == cluster.Id).OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => Reference(c, language)).ToList(),
            Items(ReferenceCategory.PrioritySystem, cluster.PrioritySystems),
            Items(ReferenceCategory.TransversalRole, cluster.TransversalRoles),
            managers, cluster.Website, cluster.Contacts, memberCount, cluster.UpdatedAt);
    }

    /// <summary>A cluster in the clusters list; <paramref name="all"/> holds every cluster, for its lineage.</summary>
    public static ClusterSummaryResponse Summary(Cluster cluster, IReadOnlyList<Cluster> all, int memberCount, Language language) => new(
        cluster.Code, cluster.Name.In(language), cluster.Domain.In(language), cluster.Kind, cluster.Status, memberCount,
        all.FirstOrDefault(a => a.Id == cluster.SuccessorId)?.Code,
        all.Where(a => a.SuccessorId == cluster.Id).Select(a => a.Code).Order(StringComparer.Ordinal).ToList(),
        cluster.PrioritySystems);

    public static ClusterReferenceResponse Reference(Cluster cluster, Language language) => new(cluster.Code, cluster.Name.In(language));
}
