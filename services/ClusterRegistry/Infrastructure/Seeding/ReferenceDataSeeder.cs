using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.Seeding;

/// <summary>
/// Inserts the reference data that is missing, at every start. It never updates: a record a
/// regional officer has edited keeps the edit, and running it again adds nothing. Seeded clusters
/// and organisations are announced like any other, so the other services learn about them.
/// </summary>
internal sealed class ReferenceDataSeeder(TimeProvider clock, ILogger<ReferenceDataSeeder> logger) : IDatabaseSeeder<RegistryDbContext>
{
    private const string Actor = "system:reference-data";

    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var added = 0;

        var existingItems = (await db.ReferenceItems.Select(r => new { r.Category, r.Code }).ToListAsync(cancellationToken))
            .Select(r => (r.Category, r.Code)).ToHashSet();
        foreach (var (category, items) in new[]
                 {
                     (ReferenceCategory.Province, ReferenceData.Provinces),
                     (ReferenceCategory.PrioritySystem, ReferenceData.PrioritySystems),
                     (ReferenceCategory.InnovationComponent, ReferenceData.InnovationComponents),
                     (ReferenceCategory.TransversalRole, ReferenceData.TransversalRoles),
                 })
        {
            foreach (var (item, order) in items.Select((item, order) => (item, order)).Where(x => !existingItems.Contains((category, x.item.Code))))
            {
                db.ReferenceItems.Add(ReferenceItem.Create(category, item.Code, item.Name, order));
                added++;
            }
        }

        var existingOrganisations = await db.Organisations.Select(o => o.Id).ToListAsync(cancellationToken);
        foreach (var seed in ReferenceData.ManagingOrganisations.Where(s => !existingOrganisations.Contains(SeedIds.For("organisation", s.Key))))
        {
            var organisation = Organisation.Seed(SeedIds.For("organisation", seed.Key), seed.LegalName, seed.Kind, seed.Province, now);
            db.Organisations.Add(organisation);
            db.AddIntegrationEvent(OrganisationEvents.Registered(organisation));
            db.AddAuditEntry(now, Actor, "organisation.registered", "organisation", organisation.Id, new { seed.LegalName });
            added++;
        }

        var existingClusters = await db.Clusters.Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var seed in ReferenceData.Clusters.Where(s => !existingClusters.Contains(s.Code)))
        {
            var record = new ClusterRecord(
                seed.Name, seed.Description, seed.Domain, seed.Kind, seed.Status,
                seed.SuccessorCode is null ? null : SeedIds.For("cluster", seed.SuccessorCode),
                seed.PrioritySystems, seed.TransversalRoles, seed.ManagingOrganisations.Select(key => SeedIds.For("organisation", key)).ToList(),
                seed.EstablishedIn, seed.ClosedIn, null, ClusterContacts.None);
            var cluster = Cluster.Create(SeedIds.For("cluster", seed.Code), seed.Code, record, now);
            db.Clusters.Add(cluster);
            db.AddIntegrationEvent(ClusterEvents.Updated(cluster, seed.SuccessorCode));
            db.AddAuditEntry(now, Actor, "cluster.created", "cluster", cluster.Code, new { seed.Code });
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} reference records", added);
        }
    }
}
