using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Messaging;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>The Accelerator service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- accelerator &lt;Name&gt;</c>.</summary>
public sealed class AcceleratorDbContext(DbContextOptions<AcceleratorDbContext> options) : DbContext(options)
{
    public DbSet<Candidate> Candidates => Set<Candidate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AcceleratorDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
