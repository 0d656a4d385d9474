using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.IntegrationEvents;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// The cohort's seats. Every change that takes or frees a seat (admission, drop-out, completion)
/// runs under the intake's row lock (<see cref="LockAsync"/>), so concurrent decisions queue and the
/// cohort never exceeds its capacity; a freed seat goes to the first of the wait list.
/// </summary>
internal static class CohortSeats
{
    /// <summary>Locks the intake for the caller's transaction and loads it tracked; null when there is none.</summary>
    public static async Task<Intake?> LockAsync(AcceleratorServices services, Guid intakeId) =>
        await services.Db.LockIntakeAsync(intakeId, services.Cancellation)
            ? await services.Db.Intakes.FirstAsync(i => i.Id == intakeId, services.Cancellation)
            : null;

    public static Task<int> TakenAsync(AcceleratorServices services, Guid intakeId) =>
        services.Db.Applications.CountAsync(a => a.IntakeId == intakeId && Application.SeatHolding.Contains(a.Status), services.Cancellation);

    /// <summary>Admits into a free seat (409 <c>cohort-full</c> when none is left) and announces the admission.</summary>
    public static async Task AdmitAsync(AcceleratorServices services, Intake intake, Application application, string? reason, bool fromWaitList)
    {
        if (await TakenAsync(services, intake.Id) >= intake.CohortCapacity)
        {
            throw AcceleratorRules.CohortFull(intake.Code, intake.CohortCapacity);
        }
        application.Admit(reason, services.Now);
        await services.Db.SaveChangesAsync(services.Cancellation); // counted by the next admission in this request
        var legalName = await services.Db.Organisations.Where(o => o.OrganisationId == application.OrganisationId).Select(o => o.LegalName).FirstOrDefaultAsync(services.Cancellation);
        services.RecordChange(AcceleratorEvents.Admitted(application, intake, legalName ?? "", fromWaitList, services.Now), "application.admitted", "application", application.Id,
            new { fromWaitList, reason });
    }

    /// <summary>The next wait-list position of the intake.</summary>
    public static async Task<int> NextWaitListPositionAsync(AcceleratorServices services, Guid intakeId) =>
        (await services.Db.Applications.Where(a => a.IntakeId == intakeId && a.WaitListPosition != null).MaxAsync(a => a.WaitListPosition, services.Cancellation) ?? 0) + 1;

    /// <summary>Moves wait-listed applicants up, in order, while seats are free.</summary>
    public static async Task<int> FillFromWaitListAsync(AcceleratorServices services, Intake intake)
    {
        var moved = 0;
        while (await TakenAsync(services, intake.Id) < intake.CohortCapacity)
        {
            var next = await services.Db.Applications.Where(a => a.IntakeId == intake.Id && a.Status == ApplicationStatus.WaitListed)
                .OrderBy(a => a.WaitListPosition).FirstOrDefaultAsync(services.Cancellation);
            if (next is null)
            {
                break;
            }
            await AdmitAsync(services, intake, next, "Moved up from the wait list: a seat became free.", fromWaitList: true);
            moved++;
        }
        return moved;
    }

    /// <summary>
    /// When nobody is left active in the cohort (everyone completed or dropped out), the cohort is
    /// complete: announced once, and whoever still waits is told no seat will free up.
    /// </summary>
    public static async Task CompleteIfFinishedAsync(AcceleratorServices services, Intake intake)
    {
        await services.Db.SaveChangesAsync(services.Cancellation);
        var statuses = await services.Db.Applications.Where(a => a.IntakeId == intake.Id).Select(a => a.Status).ToListAsync(services.Cancellation);
        if (intake.CohortCompletedAt is not null || statuses.Contains(ApplicationStatus.Admitted) || !statuses.Contains(ApplicationStatus.Completed) && !statuses.Contains(ApplicationStatus.DroppedOut))
        {
            return;
        }
        var waiting = await services.Db.Applications.Where(a => a.IntakeId == intake.Id && a.Status == ApplicationStatus.WaitListed).ToListAsync(services.Cancellation);
        foreach (var application in waiting)
        {
            application.Reject("The cohort has finished; no seat became free.", services.Now);
        }
        intake.MarkCohortCompleted(services.Now);
        var completed = statuses.Count(s => s == ApplicationStatus.Completed);
        var droppedOut = statuses.Count(s => s == ApplicationStatus.DroppedOut);
        services.RecordChange(AcceleratorEvents.CohortCompleted(intake, completed, droppedOut, services.Now), "cohort.completed", "intake", intake.Id, new { completed, droppedOut });
    }
}
