using Microsoft.EntityFrameworkCore;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>The Accelerator service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Accelerator</c> (the local tool; <c>dotnet tool restore</c> first).</summary>
public sealed class AcceleratorDbContext(DbContextOptions<AcceleratorDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    /// <summary>Cluster memberships, as the registry last announced them.</summary>
    public DbSet<ReplicatedMembership> Memberships => Set<ReplicatedMembership>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AcceleratorDbContext).Assembly);
    }
}
