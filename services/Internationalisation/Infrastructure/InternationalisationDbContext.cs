using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Collaborations;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Domain.Partnering;
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

    // International events, B2B days
    public DbSet<InternationalEvent> InternationalEvents => Set<InternationalEvent>();

    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();

    public DbSet<B2bDay> B2bDays => Set<B2bDay>();

    public DbSet<B2bGuest> B2bGuests => Set<B2bGuest>();

    public DbSet<B2bMeetingRequest> B2bMeetingRequests => Set<B2bMeetingRequest>();

    /// <summary>B2B day participants' cards: offer, seek and the slots they cannot attend.</summary>
    public DbSet<B2bProfile> B2bProfiles => Set<B2bProfile>();

    // Partnering
    /// <summary>Partnering profiles (offers and requests, EEN style).</summary>
    public DbSet<PartneringProfile> PartneringProfiles => Set<PartneringProfile>();

    /// <summary>Expressions of interest in partnering profiles.</summary>
    public DbSet<PartneringInterest> PartneringInterests => Set<PartneringInterest>();
    // end Partnering

    /// <summary>
    /// Locks an event's row for the rest of the transaction, waiting for whoever holds it: every
    /// registration and cancellation of the event queues on it, so its capacity is never exceeded.
    /// False when there is no such event.
    /// </summary>
    public async Task<bool> LockInternationalEventAsync(Guid eventId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM international_events WHERE id = {eventId} FOR UPDATE").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>
    /// The next sequence number of a partnering reference on <paramref name="day"/> (1, 2, …): takes a
    /// transaction-scoped advisory lock on the day first, so two officers validating at once never
    /// draw the same number. Call it inside a transaction.
    /// </summary>
    public async Task<int> NextPartneringSequenceAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PartneringReferenceLock}, {day.DayNumber})", cancellationToken);
        return (await PartneringProfiles.Where(p => p.ReferenceDate == day).MaxAsync(p => p.ReferenceSequence, cancellationToken) ?? 0) + 1;
    }

    /// <summary>The first key of the partnering references' advisory locks (the second is the day).</summary>
    private const int PartneringReferenceLock = 0x50524546; // "PREF"

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
