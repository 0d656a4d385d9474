using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.Infrastructure.Seeding;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>
/// Intakes: anyone reads published intakes; accelerator managers draft, publish, amend and close
/// them. Opening and closing follow the clock (<see cref="IntakeClock"/>), as funding calls do.
/// </summary>
public static class IntakesApi
{
    public static IEndpointRouteBuilder MapIntakesApi(this IEndpointRouteBuilder app)
    {
        var intakes = app.MapGroup("/api/accelerator/intakes").WithTags("Intakes");
        intakes.MapGet("/", ListIntakes).WithName(nameof(ListIntakes))
            .WithSummary("Published intakes, filtered by status, SPI and year, by deadline; managers also see drafts").AllowAnonymous();
        intakes.MapGet("/{id:guid}", GetIntake).WithName(nameof(GetIntake))
            .WithSummary("An intake with its eligibility, services, providers and rubric; drafts only for managers").AllowAnonymous();
        intakes.MapPost("/", DraftIntake).WithName(nameof(DraftIntake)).WithSummary("Draft an intake; Idempotency-Key supported")
            .ValidateRequest<IntakeRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        intakes.MapPut("/{id:guid}", ReviseIntake).WithName(nameof(ReviseIntake)).RequiresIfMatch()
            .WithSummary("Rewrite a draft; If-Match required").ValidateRequest<IntakeRequest>().RequireAuthorization(Policies.AcceleratorManager);
        intakes.MapPost("/{id:guid}/publish", PublishIntake).WithName(nameof(PublishIntake)).AcceptsIfMatch()
            .WithSummary("Publish a draft: forthcoming until its opening, then open").WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        intakes.MapPost("/{id:guid}/amendments", AmendIntake).WithName(nameof(AmendIntake)).AcceptsIfMatch()
            .WithSummary("Amend a published intake (opening, deadline, capacity, description) with a reason; recorded and announced")
            .ValidateRequest<IntakeAmendmentRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        intakes.MapPost("/{id:guid}/close", CloseIntake).WithName(nameof(CloseIntake)).AcceptsIfMatch()
            .WithSummary("Stop taking applications before the deadline, with the reason applicants are told")
            .ValidateRequest<CloseIntakeRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Ok<Page<IntakeResponse>>> ListIntakes([AsParameters] AcceleratorServices services, string? status, string? prioritySystem, int? year, string? sort, string? cursor, int? limit)
    {
        var query = IntakeSearch.Filter(services.Db.Intakes.AsNoTracking(), services, status, prioritySystem, year);
        var page = await IntakeSearch.Order(sort).ReadAsync(query, cursor, limit, services.Cancellation);
        var programmes = await services.Db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Id, services.Cancellation);
        var providers = await IntakeResponses.ProvidersAsync(services, page.Rows.SelectMany(i => i.ProviderIds));
        return TypedResults.Ok(page.Map(i => IntakeResponses.Of(services, i, programmes[i.ProgrammeId], providers)));
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound>> GetIntake(Guid id, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (intake is null || (intake.Status == IntakeStatus.Draft && !services.User.Roles.Contains(Roles.AcceleratorManager)))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Ok(await IntakeResponses.OfAsync(services, intake));
    }

    public static async Task<Created<IntakeResponse>> DraftIntake(IntakeRequest request, [AsParameters] AcceleratorServices services)
    {
        var terms = request.ToTerms();
        var programme = await ProgrammeForAsync(services, request.ProgrammeCode, terms);
        await RequireKnownProvidersAsync(services, terms.ProviderIds);
        var intake = Intake.Draft(programme.Id, terms, services.Now);
        services.Db.Intakes.Add(intake);
        services.Audit("intake.drafted", "intake", intake.Id, new { intake.Code });
        await SaveUniqueCodeAsync(services, intake.Code);
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Created($"/api/accelerator/intakes/{intake.Id}", await IntakeResponses.OfAsync(services, intake));
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound>> ReviseIntake(Guid id, IntakeRequest request, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (intake is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, intake.Version);
        var terms = request.ToTerms();
        var programme = await ProgrammeForAsync(services, request.ProgrammeCode, terms);
        await RequireKnownProvidersAsync(services, terms.ProviderIds);
        intake.Revise(programme.Id, terms, services.Now);
        services.Audit("intake.revised", "intake", intake.Id, new { intake.Code });
        await SaveUniqueCodeAsync(services, intake.Code);
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Ok(await IntakeResponses.OfAsync(services, intake));
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound>> PublishIntake(Guid id, [AsParameters] AcceleratorServices services)
    {
        var intake = await services.Db.Intakes.FirstOrDefaultAsync(i => i.Id == id, services.Cancellation);
        if (intake is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, intake.Version);
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var programme = await services.Db.Programmes.AsNoTracking().FirstAsync(p => p.Id == intake.ProgrammeId, services.Cancellation);
        intake.Publish(services.Now);
        services.RecordChange(AcceleratorEvents.Published(intake, programme), "intake.published", "intake", intake.Id,
            new { intake.Code, intake.OpensAt, DeadlineAt = intake.Deadline.Instant, intake.CohortCapacity });
        await IntakeClock.FollowClockAsync(services.Db, intake, services.Author, services.Cancellation); // open at once if its opening has passed
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Ok(await IntakeResponses.OfAsync(services, intake));
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound>> AmendIntake(Guid id, IntakeAmendmentRequest request, [AsParameters] AcceleratorServices services)
    {
        // The intake's row is held for the amendment, so the intake clock cannot close it halfway.
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var intake = await services.Db.LockIntakeAsync(id, services.Cancellation) ? await services.Db.Intakes.FirstAsync(i => i.Id == id, services.Cancellation) : null;
        if (intake is null || intake.Status == IntakeStatus.Draft)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, intake.Version);
        var amendment = intake.Amend(request.Reason!.Trim(), request.NewOpening, request.NewDeadline, request.CohortCapacity, request.NewDescription, services.User.AuditName, services.Now);
        if (request.CohortCapacity is { } capacity)
        {
            var seats = await services.Db.Applications.CountAsync(a => a.IntakeId == id && Application.SeatHolding.Contains(a.Status), services.Cancellation);
            if (capacity < seats)
            {
                throw new RequestValidationException("cohortCapacity", $"{seats} start-up(s) are already admitted; the capacity cannot go below that.");
            }
        }
        services.RecordChange(AcceleratorEvents.Amended(intake, amendment), "intake.amended", "intake", intake.Id, amendment);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Ok(await IntakeResponses.OfAsync(services, intake));
    }

    public static async Task<Results<Ok<IntakeResponse>, NotFound>> CloseIntake(Guid id, CloseIntakeRequest request, [AsParameters] AcceleratorServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var intake = await services.Db.LockIntakeAsync(id, services.Cancellation) ? await services.Db.Intakes.FirstAsync(i => i.Id == id, services.Cancellation) : null;
        if (intake is null || intake.Status == IntakeStatus.Draft)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, intake.Version);
        intake.CloseEarly(request.Reason!.Trim(), services.Now);
        await IntakeClock.RecordClosedAsync(services.Db, intake, services.Author, services.Cancellation);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, intake.Version);
        return TypedResults.Ok(await IntakeResponses.OfAsync(services, intake));
    }

    /// <summary>The programme named (the Business Accelerator by default); its SPIs bound the intake's, its years the intake's year.</summary>
    private static async Task<AcceleratorProgramme> ProgrammeForAsync(AcceleratorServices services, string? code, IntakeTerms terms)
    {
        code ??= ProgrammeSeeder.BusinessAcceleratorCode;
        var programme = await services.Db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, services.Cancellation)
            ?? throw new RequestValidationException("programmeCode", $"There is no programme with code '{code}'.");
        var outside = terms.PrioritySystems.Except(programme.PrioritySystems).ToList();
        if (outside.Count > 0)
        {
            throw new RequestValidationException("prioritySystems", $"Programme {programme.Code} is a pilot in {string.Join(", ", programme.PrioritySystems)}; not in it: {string.Join(", ", outside)}.");
        }
        if (!programme.Covers(terms.Year))
        {
            throw new RequestValidationException("year", $"Programme {programme.Code} runs intakes from {programme.FirstYear} to {programme.FirstYear + programme.Years - 1}.");
        }
        return programme;
    }

    /// <summary>Providers are organisations of the registry, as this service's copy knows them.</summary>
    private static async Task RequireKnownProvidersAsync(AcceleratorServices services, IReadOnlyList<Guid> providerIds)
    {
        var known = await services.Db.Organisations.Where(o => providerIds.Contains(o.OrganisationId)).Select(o => o.OrganisationId).ToListAsync(services.Cancellation);
        for (var i = 0; i < providerIds.Count; i++)
        {
            if (!known.Contains(providerIds[i]))
            {
                throw new RequestValidationException($"providerIds[{i}]", $"Organisation {providerIds[i]} is not in the regional directory (register it in the cluster registry first).");
            }
        }
    }

    private static async Task SaveUniqueCodeAsync(AcceleratorServices services, string code)
    {
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw AcceleratorRules.IntakeCodeTaken(code);
        }
    }
}
