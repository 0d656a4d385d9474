using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// Applications: an organisation's users start one per intake, edit and submit it until the
/// deadline (each submission gets a receipt), or withdraw it. The deadline is judged on the instant
/// the gateway received the request, exactly as for funding proposals.
/// </summary>
public static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accelerator/intakes/{intakeId:guid}/applications", StartApplication).WithTags("Applications").WithName(nameof(StartApplication))
            .WithSummary("Start your organisation's application to an intake; Idempotency-Key supported")
            .ValidateRequest<ApplicationRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.OrganisationUser);
        var applications = app.MapGroup("/api/accelerator/applications").WithTags("Applications");
        applications.MapGet("/", ListApplications).WithName(nameof(ListApplications))
            .WithSummary("Applications you may read (your organisation's; those assigned to you; managers all), newest first, filtered by intake and status")
            .RequireAuthorization(Policies.Authenticated);
        applications.MapGet("/{id:guid}", GetApplication).WithName(nameof(GetApplication)).WithSummary("An application you may read").RequireAuthorization(Policies.Authenticated);
        applications.MapPut("/{id:guid}", EditApplication).WithName(nameof(EditApplication)).RequiresIfMatch()
            .WithSummary("Edit the working copy until the deadline; If-Match required").ValidateRequest<ApplicationRequest>().RequireAuthorization(Policies.OrganisationUser);
        applications.MapPost("/{id:guid}/submit", SubmitApplication).WithName(nameof(SubmitApplication)).AcceptsIfMatch()
            .WithSummary("Submit (or re-submit) until the deadline; answers the receipt and every eligibility rule failed").WithIdempotency<AcceleratorDbContext>()
            .RequireAuthorization(Policies.OrganisationUser);
        applications.MapPost("/{id:guid}/withdraw", WithdrawApplication).WithName(nameof(WithdrawApplication)).AcceptsIfMatch()
            .WithSummary("Withdraw before a decision").ValidateRequest<ApplicationWithdrawalRequest>().RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Created<ApplicationResponse>> StartApplication(Guid intakeId, ApplicationRequest request, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == intakeId && i.Status != IntakeStatus.Draft, services.Cancellation)
            ?? throw new RequestValidationException("intakeId", $"There is no published intake {intakeId}.");
        intake.CheckAcceptsDrafts(services.Now);
        var application = Application.Start(intake.Id, services.User.OrganisationId!.Value, request.ToContent(), services.Now);
        services.Db.Applications.Add(application);
        services.Audit("application.started", "application", application.Id, new { intake.Code });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AcceleratorRules.AlreadyApplied(intake.Code);
        }
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Created($"/api/accelerator/applications/{application.Id}", await ApplicationResponses.OfAsync(services, application, intake));
    }

    public static async Task<Ok<Page<ApplicationResponse>>> ListApplications([AsParameters] AcceleratorServices services, Guid? intakeId, string? status, string? cursor, int? limit)
    {
        var query = await ApplicationVisibility.VisibleToCallerAsync(services);
        if (intakeId is { } intake)
        {
            query = query.Where(a => a.IntakeId == intake);
        }
        if (QueryValues.Enum<ApplicationStatus>(status, nameof(status)) is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        var intakeIds = page.Rows.Select(a => a.IntakeId).Distinct().ToList();
        var codes = await services.Db.Intakes.Where(i => intakeIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, services.Cancellation);
        var organisationIds = page.Rows.Select(a => a.OrganisationId).Distinct().ToList();
        var names = await services.Db.Organisations.Where(o => organisationIds.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        return TypedResults.Ok(page.Map(a => ApplicationResponses.Of(services, a, codes[a.IntakeId], names.GetValueOrDefault(a.OrganisationId))));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> GetApplication(Guid id, [AsParameters] AcceleratorServices services)
    {
        var application = await (await ApplicationVisibility.VisibleToCallerAsync(services)).FirstOrDefaultAsync(a => a.Id == id, services.Cancellation);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        var intake = await services.Db.Intakes.AsNoTracking().FirstAsync(i => i.Id == application.IntakeId, services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, application, intake));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> EditApplication(Guid id, ApplicationRequest request, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await ApplicationVisibility.LoadOwnAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, application.Version);
        intake.CheckAcceptsDrafts(services.Now);
        application.Edit(request.ToContent(), services.Now);
        services.Audit("application.edited", "application", application.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, application, intake));
    }

    /// <summary>At or before the deadline instant the submission counts; one instant later it is refused (422 <c>deadline-passed</c>) and nothing changes.</summary>
    public static async Task<Results<Ok<ApplicationSubmissionResponse>, NotFound>> SubmitApplication(Guid id, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await ApplicationVisibility.LoadOwnAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, application.Version);
        intake.CheckAcceptsSubmissions(services.Now);
        var facts = await StartupFactsAsync(services, application.OrganisationId);
        var failures = IntakeRules.Check(intake, application.Content, facts);
        var receipt = application.Submit(failures, services.Now);
        services.RecordChange(AcceleratorEvents.Submitted(application, intake), "application.submitted", "application", application.Id,
            new { receipt.Version, receipt.ContentHash, eligible = failures.Count == 0, failures = failures.Select(f => f.Rule) });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        var response = ApplicationResponses.Of(services, application, intake.Code, facts?.LegalName);
        return TypedResults.Ok(new ApplicationSubmissionResponse(response.Receipt!, failures.Count == 0, response));
    }

    public static async Task<Results<Ok<ApplicationResponse>, NotFound>> WithdrawApplication(Guid id, ApplicationWithdrawalRequest request, [AsParameters] AcceleratorServices services)
    {
        var (application, intake) = await ApplicationVisibility.LoadOwnAsync(services, id);
        if (application is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, application.Version);
        application.Withdraw(request.Reason, services.Now);
        services.Audit("application.withdrawn", "application", application.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, application.Version);
        return TypedResults.Ok(await ApplicationResponses.OfAsync(services, application, intake));
    }

    private static async Task<StartupFacts?> StartupFactsAsync(AcceleratorServices services, Guid organisationId) =>
        await services.Db.Organisations.AsNoTracking().Where(o => o.OrganisationId == organisationId)
            .Select(o => new StartupFacts(o.OrganisationId, o.LegalName, o.Kind, o.SizeClass, o.InnovativeStartup, o.FoundedOn, o.Province))
            .FirstOrDefaultAsync(services.Cancellation);

    private static readonly Keyset<Application, DateTimeOffset> NewestFirst = Keyset.By<Application, DateTimeOffset>(a => a.CreatedAt, a => a.Id, descending: true);
}
