using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiedmontSystem.Identity.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<IdentityServiceDbContext>
{
    public IdentityServiceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityServiceDbContext>()
            .UseNpgsql("Host=localhost;Database=identitydb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
