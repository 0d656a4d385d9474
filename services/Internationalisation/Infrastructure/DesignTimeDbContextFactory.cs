using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiedmontSystem.Internationalisation.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<InternationalisationDbContext>
{
    public InternationalisationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InternationalisationDbContext>()
            .UseNpgsql("Host=localhost;Database=internationalisationdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
