using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.FundingCalls.Infrastructure;

/// <summary>
/// Opens calls at their opening and closes them after their deadline, announcing each
/// (<c>call-opened</c>, <c>call-closed</c>), on the platform's <see cref="TransitionClock{T}"/>
/// (<c>Funding:CallClock:Interval</c>). Reads never wait for it: a call's status is computed from
/// the clock (<see cref="FundingCall.StatusAt"/>) and submissions are checked against the deadline
/// itself. The clock locks a call's row before moving it and skips a call someone else holds, so
/// two instances, or the clock and an officer, never change the same call at once.
/// </summary>
public sealed class CallClock(FundingDbContext db, ILogger<CallClock> logger) : IScheduledTransitions
{
    public const string Section = "Funding:CallClock";

    private const string Actor = "system:call-clock";

    public async Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Calls.AsNoTracking().Where(FundingCall.IsDueToMoveAt(now)).Select(c => c.Id).ToListAsync(cancellationToken);

    public async Task<bool> MoveAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // An officer working on the call holds its row; the next tick will find it moved or still due.
        if (!await db.TryLockCallAsync(id, cancellationToken))
        {
            return false;
        }
        var call = await db.Calls.FirstAsync(c => c.Id == id, cancellationToken);
        if (!await FollowClockAsync(db, call, new ChangeAuthor(now, Actor, null), cancellationToken))
        {
            return false;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Call {Code} is now {Status}", call.Code, call.Status);
        return true;
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
