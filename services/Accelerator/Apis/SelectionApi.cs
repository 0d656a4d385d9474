using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// Selection, by accelerator managers once the intake has closed: screening, interview, decision
/// (admitted, wait-listed in order, rejected; never above the cohort's capacity) and the ranking.
/// </summary>
public static class SelectionApi
{
    public static IEndpointRouteBuilder MapSelectionApi(this IEndpointRouteBuilder app)
    {
        var selection = app.MapGroup("/api/accelerator/applications/{id:guid}").WithTags("Selection");
        selection.MapPost("/screening", ScreenApplication).WithName(nameof(ScreenApplication)).AcceptsIfMatch()
            .WithSummary("Screen a submitted application: eligible, or ineligible with the reason the applicant is told").ValidateRequest<ScreeningRequest>()
            .RequireAuthorization(Policies.AcceleratorManager);
        selection.MapPut("/interview", ScheduleInterview).WithName(nameof(ScheduleInterview)).AcceptsIfMatch()
            .WithSummary("Set (or move) the interview: when and where").ValidateRequest<InterviewRequest>().RequireAuthorization(Policies.AcceleratorManager);
        selection.MapPost("/interview/outcome", RecordInterviewOutcome).WithName(nameof(RecordInterviewOutcome)).AcceptsIfMatch()
            .WithSummary("Record how the interview went").ValidateRequest<InterviewOutcomeRequest>().RequireAuthorization(Policies.AcceleratorManager);
        selection.MapPost("/decision", DecideApplication).WithName(nameof(DecideApplication)).AcceptsIfMatch()
            .WithSummary("Admit (within the cohort's capacity), wait-list (at the end of the list) or reject; Idempotency-Key supported")
            .ValidateRequest<DecisionRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        app.MapGet("/api/accelerator/intakes/{id:guid}/ranking", GetRanking).WithTags("Selection").WithName(nameof(GetRanking))
            .WithSummary("The intake's applications by score, with reviews done, interview and wait-list position").RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> ScreenApplication(Guid id, ScreeningRequest request, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await LoadAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        intake.CheckInSelection(services.Now);
        application.Screen(request.Eligible!.Value, request.Reason?.Trim(), services.Now);
        services.Audit("application.screened", "application", application.Id, request);
        return await SavedAsync(services, application, intake);
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> ScheduleInterview(Guid id, InterviewRequest request, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await LoadAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        application.ScheduleInterview(request.At!.Value.ToUniversalTime(), request.Place!.Trim(), services.Now);
        services.Audit("application.interview-scheduled", "application", application.Id, request);
        return await SavedAsync(services, application, intake);
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> RecordInterviewOutcome(Guid id, InterviewOutcomeRequest request, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await LoadAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        application.RecordInterview(request.Outcome!.Value, request.Notes?.Trim(), services.Now);
        services.Audit("application.interviewed", "application", application.Id, new { request.Outcome });
        return await SavedAsync(services, application, intake);
    }

    /// <summary>Decisions queue on the intake's row, so concurrent admissions never exceed the capacity.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> DecideApplication(Guid id, DecisionRequest request, [AsParameters] AcceleratorServices services)
    {
        var intakeId = await services.Db.Applications.Where(a => a.Id == id).Select(a => (Guid?)a.IntakeId).FirstOrDefaultAsync(services.Cancellation);
        if (intakeId is null)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var intake = (await CohortSeats.LockAsync(services, intakeId.Value))!;
        var application = await services.Db.Applications.FirstAsync(a => a.Id == id, services.Cancellation);
        ETags.CheckMatch(services.HttpContext, application.Version);
        intake.CheckInSelection(services.Now);
        var reason = request.Reason?.Trim();
        switch (request.Decision!.Value)
        {
            case Decision.Admitted:
                await CohortSeats.AdmitAsync(services, intake, application, reason, fromWaitList: application.Status == ApplicationStatus.WaitListed);
                break;
            case Decision.WaitListed:
                application.WaitList(await CohortSeats.NextWaitListPositionAsync(services, intake.Id), reason, services.Now);
                services.Audit("application.wait-listed", "application", application.Id, new { application.WaitListPosition, reason });
                break;
            default:
                application.Reject(reason, services.Now);
                services.Audit("application.rejected", "application", application.Id, new { reason });
                break;
        }
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, application, intake));
    }

    public static async Task<Results<Ok<RankingResponse>, NotFound>> GetRanking(Guid id, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (intake is null)
        {
            return TypedResults.NotFound();
        }
        var applications = await services.Db.Applications.AsNoTracking()
            .Where(a => a.IntakeId == id && a.Status != ApplicationStatus.Draft && a.Status != ApplicationStatus.Withdrawn).ToListAsync(services.Cancellation);
        var reviews = await services.Db.Reviews.AsNoTracking().Where(r => r.IntakeId == id)
            .GroupBy(r => r.ApplicationId).Select(g => new { g.Key, Assigned = g.Count(), Done = g.Count(r => r.ScoredAt != null) })
            .ToDictionaryAsync(g => g.Key, services.Cancellation);
        var ids = applications.Select(a => a.OrganisationId).ToList();
        var names = await services.Db.Organisations.Where(o => ids.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var entries = applications
            .OrderByDescending(a => a.Score ?? -1).ThenBy(a => a.WaitListPosition ?? int.MaxValue).ThenBy(a => a.SubmittedAt)
            .Select(a => new RankingEntry(a.Id, a.OrganisationId, names.GetValueOrDefault(a.OrganisationId), a.Status, a.Score,
                reviews.GetValueOrDefault(a.Id)?.Done ?? 0, reviews.GetValueOrDefault(a.Id)?.Assigned ?? 0, a.Interview?.Outcome, a.WaitListPosition))
            .ToList();
        var taken = applications.Count(a => Application.SeatHolding.Contains(a.Status));
        return TypedResults.Ok(new RankingResponse(intake.Id, intake.Code, intake.CohortCapacity, taken, entries));
    }

    private static async Task<(Application? Application, Intake Intake)> LoadAsync(AcceleratorServices services, Guid id)
    {
        var application = await services.Db.Applications.FirstOrDefaultAsync(a => a.Id == id && a.Status != ApplicationStatus.Draft, services.Cancellation);
        if (application is null)
        {
            return (null, null!);
        }
        ETags.CheckMatch(services.HttpContext, application.Version);
        return (application, await services.Db.Intakes.AsNoTracking().FirstAsync(i => i.Id == application.IntakeId, services.Cancellation));
    }

    private static async Task<Results<Ok<ApplicationResponse>, NotFound>> SavedAsync(AcceleratorServices services, Application application, Intake intake)
    {
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, application, intake));
    }
}
