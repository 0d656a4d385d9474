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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
