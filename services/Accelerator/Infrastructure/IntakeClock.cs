using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Deadlines;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>
/// Opens intakes at their opening and closes them after their deadline, announcing each
/// (<c>intake-opened</c>, <c>intake-closed</c>), on the platform's <see cref="TransitionClock{T}"/>
/// (<c>Accelerator:IntakeClock:Interval</c>), exactly as funding calls move. Reads never wait for
/// it: an intake's status is computed from the clock and submissions are checked against the
/// deadline itself.
/// </summary>
public sealed class IntakeClock(AcceleratorDbContext db, ILogger<IntakeClock> logger) : IScheduledTransitions
{
    public const string Section = "Accelerator:IntakeClock";

    private const string Actor = "system:intake-clock";

    public async Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Intakes.AsNoTracking().Where(Intake.IsDueToMoveAt(now)).Select(i => i.Id).ToListAsync(cancellationToken);

    public async Task<bool> MoveAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryLockIntakeAsync(id, cancellationToken))
        {
            return false;
        }
        var intake = await db.Intakes.FirstAsync(i => i.Id == id, cancellationToken);
        if (!await FollowClockAsync(db, intake, new ChangeAuthor(now, Actor, null), cancellationToken))
        {
            return false;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Intake {Code} is now {Status}", intake.Code, intake.Status);
        return true;
    }

    /// <summary>Stages the status the clock gives the intake and its announcements (opened, then closed); the caller saves.</summary>
    public static async Task<bool> FollowClockAsync(AcceleratorDbContext db, Intake intake, ChangeAuthor author, CancellationToken cancellationToken)
    {
        var before = intake.Status;
        if (!intake.FollowClock(author.Now))
        {
            return false;
        }
        if (before == IntakeStatus.Forthcoming)
        {
            db.RecordChange(author, AcceleratorEvents.Opened(intake, author.Now), "intake.opened", "intake", intake.Id);
        }
        if (intake.Status == IntakeStatus.Closed)
        {
            await RecordClosedAsync(db, intake, author, cancellationToken);
        }
        return true;
    }

    /// <summary>Announces an intake's closing with the applications it received.</summary>
    public static async Task RecordClosedAsync(AcceleratorDbContext db, Intake intake, ChangeAuthor author, CancellationToken cancellationToken)
    {
        var submitted = await db.Applications.CountAsync(a => a.IntakeId == intake.Id && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn, cancellationToken);
        db.RecordChange(author, AcceleratorEvents.Closed(intake, submitted, author.Now), "intake.closed", "intake", intake.Id, new { submitted, intake.ClosedEarlyReason });
    }
}
