using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.FundingCalls.Infrastructure;

/// <summary>The funding service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- funding &lt;Name&gt;</c>.</summary>
public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<FundingCall> Calls => Set<FundingCall>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalSubmission> Submissions => Set<ProposalSubmission>();
    public DbSet<Evaluator> Evaluators => Set<Evaluator>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Grant> Grants => Set<Grant>();

    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    /// <summary>Cluster memberships, as the registry last announced them (eligibility and endorsements need them).</summary>
    public DbSet<ReplicatedMembership> Memberships => Set<ReplicatedMembership>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
    }
}
