using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Deadlines;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.Accelerator.Infrastructure;

/// <summary>
/// Requests each alumni report when its year ends and reminds the alumnus every 30 days while it is
/// unanswered (at most three times), announcing each (<c>alumni-report-requested</c>), on the
/// platform's <see cref="TransitionClock{T}"/> (<c>Accelerator:ReportClock:Interval</c>).
/// "Late" is not a state the clock writes: it is read from the due day.
/// </summary>
public sealed class AlumniReportClock(AcceleratorDbContext db) : IScheduledTransitions
{
    public const string Section = "Accelerator:ReportClock";

    private const string Actor = "system:report-clock";

    public async Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = RomeDate(now);
        var remindBefore = now - AlumniReport.ReminderInterval;
        return await db.AlumniReports.AsNoTracking()
            .Where(r => (r.Status == ReportStatus.Scheduled && r.PeriodEnd <= today)
                        || (r.Status == ReportStatus.Requested && r.Reminders < AlumniReport.MaxReminders && (r.LastRemindedAt ?? r.RequestedAt) <= remindBefore))
            .OrderBy(r => r.PeriodEnd).Select(r => r.Id).Take(500).ToListAsync(cancellationToken);
    }

    public async Task<bool> MoveAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.TryLockReportAsync(id, cancellationToken))
        {
            return false;
        }
        var report = await db.AlumniReports.FirstAsync(r => r.Id == id, cancellationToken);
        if (!report.IsDueToMoveAt(now, RomeDate(now)))
        {
            return false;
        }
        var intakeCode = await db.Intakes.Where(i => i.Id == report.IntakeId).Select(i => i.Code).FirstAsync(cancellationToken);
        var reminder = report.FollowClock(now);
        db.RecordChange(new ChangeAuthor(now, Actor, null), AcceleratorEvents.ReportRequested(report, intakeCode, reminder, now),
            reminder == 0 ? "alumni-report.requested" : "alumni-report.reminded", "alumni-report", report.Id, new { report.Year, reminder });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The day it is in Rome: report years end and fall due on Rome's calendar.</summary>
    public static DateOnly RomeDate(DateTimeOffset now) => DateOnly.FromDateTime(RomeTime.Show(now).DateTime);
}
