using Microsoft.EntityFrameworkCore;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Internationalisation.Infrastructure;

/// <summary>The Internationalisation service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Internationalisation</c> (the local tool; <c>dotnet tool restore</c> first).</summary>
public sealed class InternationalisationDbContext(DbContextOptions<InternationalisationDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
    }
}
