using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Deadlines;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>
/// The Accelerator service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Accelerator</c> (the local tool; <c>dotnet tool restore</c> first).
/// The row locks are written in SQL here, and only here.
/// </summary>
public sealed class AcceleratorDbContext(DbContextOptions<AcceleratorDbContext> options) : DbContext(options)
{
    // Business Accelerator
    public DbSet<AcceleratorProgramme> Programmes => Set<AcceleratorProgramme>();
    public DbSet<Intake> Intakes => Set<Intake>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<Reviewer> Reviewers => Set<Reviewer>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ServiceDelivery> ServiceDeliveries => Set<ServiceDelivery>();
    public DbSet<AlumniReport> AlumniReports => Set<AlumniReport>();

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

    /// <summary>
    /// Locks an intake's row for the rest of the transaction, waiting for whoever holds it: cohort
    /// decisions queue on it, so the cohort never exceeds its capacity. False when there is no such intake.
    /// </summary>
    public async Task<bool> LockIntakeAsync(Guid intakeId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM intakes WHERE id = {intakeId} FOR UPDATE").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>Like <see cref="LockIntakeAsync"/> without waiting: false when someone else holds it, so the intake clock tries again on its next tick.</summary>
    public async Task<bool> TryLockIntakeAsync(Guid intakeId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM intakes WHERE id = {intakeId} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>Locks a report's row without waiting; false when someone else holds it.</summary>
    public async Task<bool> TryLockReportAsync(Guid reportId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM alumni_reports WHERE id = {reportId} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>Deadlines are stored as the instant (a timestamptz column).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<RomeDeadline>().HaveConversion<RomeDeadlineConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AcceleratorDbContext).Assembly);
    }
}
