using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.ClusterRegistry.Infrastructure;

/// <summary>
/// The registry's database. Migrations:
/// <c>dotnet ef migrations add &lt;Name&gt; --project services/ClusterRegistry</c> (the local tool; <c>dotnet tool restore</c> first).
/// </summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Cluster> Clusters => Set<Cluster>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ReferenceItem> ReferenceItems => Set<ReferenceItem>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    /// <summary>Read-only here: maintained by database triggers (migration ClusterMemberCounts).</summary>
    public DbSet<ClusterMemberCount> ClusterMemberCounts => Set<ClusterMemberCount>();

    /// <summary>How many organisations lead or partner at least one project (an array column EF cannot unnest).</summary>
    public Task<int> CountProjectParticipantsAsync(CancellationToken cancellationToken) =>
        Database.SqlQuery<int>($"""
            SELECT count(DISTINCT organisation_id)::int AS "Value" FROM (
                SELECT lead_organisation_id AS organisation_id FROM projects
                UNION ALL SELECT unnest(partner_organisation_ids) FROM projects) AS partners
            """).SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
