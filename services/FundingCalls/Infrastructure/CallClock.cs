using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.FundingCalls.Infrastructure;

public sealed class CallClockOptions
{
    public const string Section = "Funding:CallClock";

    /// <summary>How often to look for calls whose opening or deadline has come.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Opens calls at their opening and closes them after their deadline, announcing each
/// (<c>call-opened</c>, <c>call-closed</c>). Reads never wait for it: a call's status is computed
/// from the clock (<see cref="FundingCall.StatusAt"/>) and submissions are checked against the
/// deadline itself, so a late tick delays only the event. The clock locks a call's row before
/// moving it and skips a call someone else holds, so two instances, or the clock and an officer,
/// never change the same call at once.
/// </summary>
public sealed class CallClock(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CallClockOptions> options, ILogger<CallClock> logger) : BackgroundService
{
    private const string Actor = "system:call-clock";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The call clock could not move calls on; it will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: every call due to open or close moves, each in its own transaction.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var due = await db.Calls.AsNoTracking()
            .Where(FundingCall.IsDueToMoveAt(now))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await MoveAsync(scope.ServiceProvider, id, now, cancellationToken);
        }
    }

    private async Task MoveAsync(IServiceProvider services, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FundingDbContext>();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // An officer working on the call holds its row; the next tick will find it moved or still due.
        if (!await db.TryLockCallAsync(id, cancellationToken))
        {
            return;
        }
        var call = await db.Calls.FirstAsync(c => c.Id == id, cancellationToken);
        if (await FollowClockAsync(db, call, new ChangeAuthor(now, Actor, null), cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Call {Code} is now {Status}", call.Code, call.Status);
        }
    }

    /// <summary>
    /// Stages the status the clock gives the call and its announcements (opened, then closed); the
    /// caller saves.
    /// Called by the clock and by officers' actions that must not wait for it (e.g. starting the
    /// evaluation right after the deadline).
    /// </summary>
    public static async Task<bool> FollowClockAsync(FundingDbContext db, FundingCall call, ChangeAuthor author, CancellationToken cancellationToken)
    {
        var before = call.Status;
        if (!call.FollowClock(author.Now))
        {
            return false;
        }
        if (before == CallStatus.Forthcoming)
        {
            db.RecordChange(author, FundingEvents.Opened(call, author.Now), "call.opened", "call", call.Id);
        }
        if (call.Status == CallStatus.Closed)
        {
            var submitted = await db.Proposals.CountAsync(p => p.CallId == call.Id && (p.Status == ProposalStatus.Eligible || p.Status == ProposalStatus.Ineligible), cancellationToken);
            db.RecordChange(author, FundingEvents.Closed(call, submitted, author.Now), "call.closed", "call", call.Id, new { submitted });
        }
        return true;
    }
}
