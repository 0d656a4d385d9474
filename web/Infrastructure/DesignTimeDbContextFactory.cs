using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PiedmontSystem.Web.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the portal (no database is contacted).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql("Host=localhost;Database=portaldb", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options);
}
