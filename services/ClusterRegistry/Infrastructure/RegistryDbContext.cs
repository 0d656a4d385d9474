using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Messaging;

namespace PiedmontSystem.ClusterRegistry.Infrastructure;

/// <summary>
/// The registry's database. Migrations:
/// <c>dotnet ef migrations add &lt;Name&gt; --project services/ClusterRegistry --output-dir Infrastructure/Migrations</c>.
/// </summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddIntegrationEventTables();
    }
}
