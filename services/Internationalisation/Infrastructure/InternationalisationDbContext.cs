using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Collaborations;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Internationalisation.Infrastructure;

/// <summary>
/// The Internationalisation service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Internationalisation</c> (the local tool; <c>dotnet tool restore</c> first).
/// The row locks are written in SQL here, and only here.
/// </summary>
public sealed class InternationalisationDbContext(DbContextOptions<InternationalisationDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    /// <summary>Cluster memberships, as the registry last announced them (cluster managers refer their members).</summary>
    public DbSet<ReplicatedMembership> Memberships => Set<ReplicatedMembership>();

    // Collaborations register
    public DbSet<Collaboration> Collaborations => Set<Collaboration>();

    // Liaison
    /// <summary>CEIP liaison requests (with their notes).</summary>
    public DbSet<LiaisonRequest> LiaisonRequests => Set<LiaisonRequest>();

    public DbSet<LiaisonNote> LiaisonNotes => Set<LiaisonNote>();

    /// <summary>Introductions of SMEs to multinational or foreign partners.</summary>
    public DbSet<Introduction> Introductions => Set<Introduction>();
    // end Liaison

    /// <summary>Deadlines are stored as the instant (a timestamptz column).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<RomeDeadline>().HaveConversion<RomeDeadlineConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InternationalisationDbContext).Assembly);
    }
}
