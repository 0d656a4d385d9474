using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AcceleratorDbContext>
{
    public AcceleratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AcceleratorDbContext>()
            .UseNpgsql("Host=localhost;Database=acceleratordb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
