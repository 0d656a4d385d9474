using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>The Accelerator service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Accelerator</c> (the local tool; <c>dotnet tool restore</c> first).</summary>
public sealed class AcceleratorDbContext(DbContextOptions<AcceleratorDbContext> options) : DbContext(options)
{
    /// <summary>The registry's organisations, as this service last heard of them.</summary>
    public DbSet<ReplicatedOrganisation> Organisations => Set<ReplicatedOrganisation>();

    /// <summary>Cluster memberships, as the registry last announced them.</summary>
    public DbSet<ReplicatedMembership> Memberships => Set<ReplicatedMembership>();

    // Meet the corporates
    public DbSet<Buyer> Buyers => Set<Buyer>();
    public DbSet<MatchmakingSession> MatchmakingSessions => Set<MatchmakingSession>();
    public DbSet<SessionBuyer> SessionBuyers => Set<SessionBuyer>();
    public DbSet<Registration> SessionRegistrations => Set<Registration>();
    public DbSet<MeetingRequest> MeetingRequests => Set<MeetingRequest>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingOutcome> MeetingOutcomes => Set<MeetingOutcome>();

    /// <summary>
    /// Locks a session's row for the rest of the transaction, so a scheduler run, an agenda's
    /// publication and an amendment of the same session never interleave. False when there is no such session.
    /// </summary>
    public async Task<bool> LockMatchmakingSessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM matchmaking_sessions WHERE id = {sessionId} FOR UPDATE").ToListAsync(cancellationToken)).Count == 1;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AcceleratorDbContext).Assembly);
    }
}
