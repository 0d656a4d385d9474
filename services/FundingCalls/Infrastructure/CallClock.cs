using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Messaging.Auditing;

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
/// deadline itself, so a late tick delays only the event. Two instances racing on the same call
/// are told apart by the row version: the loser's change is dropped.
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
            .Where(c => (c.Status == CallStatus.Forthcoming && c.OpensAt <= now) || ((c.Status == CallStatus.Forthcoming || c.Status == CallStatus.Open) && c.DeadlineAt < now))
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
        var call = await db.Calls.FirstAsync(c => c.Id == id, cancellationToken);
        var before = call.Status;
        if (!call.FollowClock(now))
        {
            return;
        }
        var author = new ChangeAuthor(now, Actor, null);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (before == CallStatus.Forthcoming)
            {
                // A call that opened and closed between two ticks is announced as both; saved apart to keep them in order.
                db.RecordChange(author, FundingEvents.Opened(call, now), "call.opened", "call", call.Id);
                await db.SaveChangesAsync(cancellationToken);
            }
            if (call.Status == CallStatus.Closed)
            {
                var submitted = await db.Proposals.CountAsync(p => p.CallId == id && (p.Status == ProposalStatus.Eligible || p.Status == ProposalStatus.Ineligible), cancellationToken);
                db.RecordChange(author, FundingEvents.Closed(call, submitted, now), "call.closed", "call", call.Id, new { submitted });
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Call {Code} is now {Status}", call.Code, call.Status);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogDebug("Call {Code} was moved by someone else first", call.Code);
        }
    }
}
