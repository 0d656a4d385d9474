using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiedmontSystem.PartnerHub.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PartnerHubDbContext>
{
    public PartnerHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnerHubDbContext>()
            .UseNpgsql("Host=localhost;Database=partnerhubdb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
