using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.FundingCalls.Infrastructure;

/// <summary>
/// The funding service's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/FundingCalls</c> (the local tool; <c>dotnet tool restore</c> first).
/// The row locks and the conditional budget commit are written in SQL here, and only here.
/// </summary>
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

    /// <summary>
    /// Locks a call's row for the rest of the transaction, waiting for whoever holds it, so the call
    /// clock, officers and award runs never change the same call at once. False when there is no such call.
    /// </summary>
    public async Task<bool> LockCallAsync(Guid callId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM calls WHERE id = {callId} FOR UPDATE").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>
    /// Locks a call's row like <see cref="LockCallAsync"/> but does not wait: false when someone else
    /// holds it (or there is no such call), so the call clock moves on and tries again on its next tick.
    /// </summary>
    public async Task<bool> TryLockCallAsync(Guid callId, CancellationToken cancellationToken) =>
        (await Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM calls WHERE id = {callId} FOR UPDATE SKIP LOCKED").ToListAsync(cancellationToken)).Count == 1;

    /// <summary>Locks a programme's row for the rest of the transaction, so two publications cannot share out the same money.</summary>
    public async Task LockProgrammeAsync(Guid programmeId, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT 1 FROM programmes WHERE id = {programmeId} FOR UPDATE", cancellationToken);

    /// <summary>
    /// Adds a grant to the call's committed amount in one conditional statement, so concurrent awards
    /// queue on the call's row and the one that would over-commit the budget changes nothing (false).
    /// The call becomes awarded with it.
    /// </summary>
    public async Task<bool> TryCommitToBudgetAsync(Guid callId, Money amountEur, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var amount = amountEur.Amount;
        var awarded = CallStatus.Awarded.ToString();
        var updated = await Database.ExecuteSqlAsync(
            $"UPDATE calls SET committed_eur = committed_eur + {amount}, status = {awarded}, updated_at = {now} WHERE id = {callId} AND committed_eur + {amount} <= budget_eur",
            cancellationToken);
        return updated == 1;
    }

    /// <summary>Money and deadlines are stored as the plain numeric and timestamptz columns they always were.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<RomeDeadline>().HaveConversion<RomeDeadlineConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddPlatformTables();
        modelBuilder.AddOrganisationReplica();
        modelBuilder.AddMembershipReplica();
    }
}
