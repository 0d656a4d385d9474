using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// The cohort: admitted start-ups, the services providers deliver to them, completion and
/// drop-out. Managers see and record everything; a provider's users log the services their
/// organisation delivers; a start-up's users read their own progress and may record dropping out.
/// </summary>
public static class CohortApi
{
    public static IEndpointRouteBuilder MapCohortApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/accelerator/intakes/{id:guid}/cohort", GetCohort).WithTags("Cohort").WithName(nameof(GetCohort))
            .WithSummary("The cohort with each start-up's progress; managers and the intake's providers").RequireAuthorization(Policies.Authenticated);
        var member = app.MapGroup("/api/accelerator/applications/{id:guid}").WithTags("Cohort");
        member.MapPost("/services", LogService).WithName(nameof(LogService))
            .WithSummary("Log a service delivered (kind, hours, provider, day); the provider's users or managers; Idempotency-Key supported")
            .ValidateRequest<ServiceDeliveryRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.Authenticated);
        member.MapGet("/services", ListServices).WithName(nameof(ListServices))
            .WithSummary("Services delivered to a start-up; managers, its providers and its own users").RequireAuthorization(Policies.Authenticated);
        member.MapPost("/completion", CompleteProgramme).WithName(nameof(CompleteProgramme))
            .WithSummary("Record that the start-up completed the programme; its three yearly alumni reports are scheduled").ValidateRequest<CompletionRequest>()
            .RequireAuthorization(Policies.AcceleratorManager);
        member.MapPost("/drop-out", DropOut).WithName(nameof(DropOut))
            .WithSummary("Record that the start-up dropped out (a manager, or the start-up itself); the first of the wait list moves up")
            .ValidateRequest<DropOutRequest>().RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<CohortResponse>, NotFound>> GetCohort(Guid id, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (intake is null || !(IsManager(services) || (intake.Status != IntakeStatus.Draft && IsProviderUser(services, intake))))
        {
            return TypedResults.NotFound();
        }
        var members = await services.Db.Applications.AsNoTracking()
            .Where(a => a.IntakeId == id && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.DroppedOut))
            .OrderBy(a => a.AdmittedAt).ToListAsync(services.Cancellation);
        var deliveries = (await services.Db.ServiceDeliveries.AsNoTracking().Where(d => d.IntakeId == id).ToListAsync(services.Cancellation)).ToLookup(d => d.ApplicationId);
        var ids = members.Select(m => m.OrganisationId).ToList();
        var names = await services.Db.Organisations.Where(o => ids.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var items = members.Select(m =>
        {
            var progress = Progress.Of(intake, deliveries[m.Id]);
            return new CohortMemberResponse(m.Id, m.OrganisationId, names.GetValueOrDefault(m.OrganisationId), m.Status, m.AdmittedAt, m.CompletedOn, m.DroppedOutOn,
                m.DropOutReason, progress, Progress.Percent(progress));
        }).ToList();
        return TypedResults.Ok(new CohortResponse(intake.Id, intake.Code, intake.CohortCapacity, intake.CohortCompletedAt, items));
    }

    public static async Task<Results<Created<ServiceDeliveryResponse>, NotFound>> LogService(Guid id, ServiceDeliveryRequest request, [AsParameters] AcceleratorServices services)
    {
        var (member, intake) = await LoadMemberAsync(services, id);
        if (member is null || !(IsManager(services) || IsProviderOf(services, intake, member)))
        {
            return TypedResults.NotFound();
        }
        if (!IsManager(services) && services.User.OrganisationId != request.ProviderId)
        {
            throw CommonRules.Forbidden("A provider's users log the services their own organisation delivers.");
        }
        var delivery = ServiceDelivery.Log(member, intake, request.Kind!.Value, request.Hours, request.ProviderId!.Value, request.DeliveredOn!.Value, request.Note?.Trim(),
            services.User.AuditName, services.Now);
        services.Db.ServiceDeliveries.Add(delivery);
        services.Audit("service.delivered", "application", member.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        var provider = await services.Db.Organisations.Where(o => o.OrganisationId == delivery.ProviderId).Select(o => o.LegalName).FirstOrDefaultAsync(services.Cancellation);
        return TypedResults.Created($"/api/accelerator/applications/{id}/services", Of(delivery, provider));
    }

    public static async Task<Results<Ok<Page<ServiceDeliveryResponse>>, NotFound>> ListServices(Guid id, [AsParameters] AcceleratorServices services)
    {
        var (member, intake) = await LoadMemberAsync(services, id);
        if (member is null || !(IsManager(services) || IsProviderOf(services, intake, member) || services.User.ActsFor(member.OrganisationId)))
        {
            return TypedResults.NotFound();
        }
        var deliveries = await services.Db.ServiceDeliveries.AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.DeliveredOn).ThenBy(d => d.Id).ToListAsync(services.Cancellation);
        var names = await IntakeResponses.ProvidersAsync(services, deliveries.Select(d => d.ProviderId));
        return TypedResults.Ok(Paging.Whole(deliveries.Select(d => Of(d, names.GetValueOrDefault(d.ProviderId)?.LegalName)).ToList()));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> CompleteProgramme(Guid id, CompletionRequest request, [AsParameters] AcceleratorServices services)
    {
        var intakeId = await IntakeOfAsync(services, id);
        if (intakeId is null)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var intake = (await CohortSeats.LockAsync(services, intakeId.Value))!;
        var member = await services.Db.Applications.FirstAsync(a => a.Id == id, services.Cancellation);
        member.Complete(request.CompletedOn!.Value, services.Now);
        services.Db.AlumniReports.AddRange(AlumniReport.ScheduleFor(member, request.CompletedOn.Value, services.Now));
        services.Audit("application.completed", "application", member.Id, request);
        await CohortSeats.CompleteIfFinishedAsync(services, intake);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, member, intake));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> DropOut(Guid id, DropOutRequest request, [AsParameters] AcceleratorServices services)
    {
        var intakeId = await IntakeOfAsync(services, id);
        if (intakeId is null)
        {
            return TypedResults.NotFound();
        }
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var intake = (await CohortSeats.LockAsync(services, intakeId.Value))!;
        var member = await services.Db.Applications.FirstAsync(a => a.Id == id, services.Cancellation);
        if (!IsManager(services) && !services.User.ActsFor(member.OrganisationId))
        {
            return TypedResults.NotFound();
        }
        member.DropOut(request.DroppedOutOn!.Value, request.Reason!.Trim(), services.Now);
        services.Audit("application.dropped-out", "application", member.Id, request);
        await services.Db.SaveChangesAsync(services.Cancellation); // frees the seat for the wait list
        await CohortSeats.FillFromWaitListAsync(services, intake);
        await CohortSeats.CompleteIfFinishedAsync(services, intake);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, member, intake));
    }

    private static bool IsManager(AcceleratorServices services) => services.User.Roles.Contains(Roles.AcceleratorManager);

    private static bool IsProviderUser(AcceleratorServices services, Intake intake) =>
        services.User.Roles.Contains(Roles.OrganisationUser) && services.User.OrganisationId is { } org && intake.ProviderIds.Contains(org);

    /// <summary>A provider serves the cohort, not the applicants: an application that never joined it is not the provider's to see (404).</summary>
    private static bool IsProviderOf(AcceleratorServices services, Intake intake, Application member) => member.JoinedCohort && IsProviderUser(services, intake);

    private static async Task<(Application? Member, Intake Intake)> LoadMemberAsync(AcceleratorServices services, Guid id)
    {
        var member = await services.Db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, services.Cancellation);
        return member is null ? (null, null!) : (member, await services.Db.Intakes.AsNoTracking().FirstAsync(i => i.Id == member.IntakeId, services.Cancellation));
    }

    private static Task<Guid?> IntakeOfAsync(AcceleratorServices services, Guid applicationId) =>
        services.Db.Applications.Where(a => a.Id == applicationId).Select(a => (Guid?)a.IntakeId).FirstOrDefaultAsync(services.Cancellation);

    private static ServiceDeliveryResponse Of(ServiceDelivery d, string? providerName) =>
        new(d.Id, d.ApplicationId, d.Kind, d.Hours, d.ProviderId, providerName, d.DeliveredOn, d.Note, d.RecordedAt);
}
