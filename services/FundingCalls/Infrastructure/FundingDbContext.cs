using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.FundingCalls.Infrastructure;

/// <summary>The funding service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- funding &lt;Name&gt;</c>.</summary>
public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    /// <summary>Cluster memberships, as the registry last announced them (eligibility and endorsements need them).</summary>
    public DbSet<ReplicatedMembership> Memberships => Set<ReplicatedMembership>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
    }
}
