using Microsoft.EntityFrameworkCore;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>The Accelerator service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- accelerator &lt;Name&gt;</c>.</summary>
public sealed class AcceleratorDbContext(DbContextOptions<AcceleratorDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
    }
}
