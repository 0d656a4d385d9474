using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain;
using PiedmontSystem.Messaging;

namespace PiedmontSystem.Internationalisation.Infrastructure;

/// <summary>The Internationalisation service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- internationalisation &lt;Name&gt;</c>.</summary>
public sealed class InternationalisationDbContext(DbContextOptions<InternationalisationDbContext> options) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InternationalisationDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
