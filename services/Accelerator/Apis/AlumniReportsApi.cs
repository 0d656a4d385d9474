using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Validation;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record InvestmentRequest([property: Range(typeof(decimal), "1", "10000000000")] decimal AmountEur, [property: Required] InvestorKind? InvestorKind);

/// <summary>A year's outcomes as the alumnus reports them.</summary>
public sealed record OutcomeReportRequest(
    [property: Range(typeof(decimal), "0", "10000000000")] decimal TurnoverEur,
    [property: Range(0, 1000000)] int Employees,
    [property: Range(typeof(decimal), "0", "100")] decimal ExportsSharePercent,
    bool EnteredNationalMarkets,
    bool EnteredInternationalMarkets,
    [property: MaxLength(60)] IReadOnlyList<string>? CountriesEntered,
    [property: MaxLength(50)] IReadOnlyList<InvestmentRequest>? Investments) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in CodeLists.Countries(CountriesEntered, "countriesEntered"))
        {
            yield return problem;
        }
        var investments = Investments ?? [];
        for (var i = 0; i < investments.Count; i++)
        {
            if (investments[i] is null)
            {
                yield return new ValidationResult("Give the amount and the kind of investor.", [$"investments[{i}]"]);
            }
        }
    }

    public OutcomeFigures ToFigures() => new(TurnoverEur, Employees, ExportsSharePercent, EnteredNationalMarkets, EnteredInternationalMarkets,
        [.. (CountriesEntered ?? []).Select(Codes.Upper).Distinct()], [.. (Investments ?? []).Select(i => new Investment(i.AmountEur, i.InvestorKind!.Value))]);
}

/// <summary>An alumni report; <c>late</c> when unanswered after its due day (Rome's calendar).</summary>
public sealed record AlumniReportResponse(
    Guid Id, Guid ApplicationId, Guid OrganisationId, string? LegalName, string IntakeCode, int Year, DateOnly PeriodEnd, DateOnly DueOn,
    ReportStatus Status, bool Late, DateTimeOffset? RequestedAt, int Reminders, OutcomeFigures? Figures, DateTimeOffset? SubmittedAt);

/// <summary>
/// Alumni outcome reports: three, one a year after completion. The alumnus's users read and answer
/// their own; managers read all and list the late ones.
/// </summary>
public static class AlumniReportsApi
{
    public static IEndpointRouteBuilder MapAlumniReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/accelerator/alumni-reports").WithTags("Alumni");
        reports.MapGet("/", ListReports).WithName(nameof(ListReports))
            .WithSummary("Your organisation's reports, or (managers) every report, filtered by intake, status, year and late").RequireAuthorization(Policies.Authenticated);
        reports.MapGet("/{id:guid}", GetReport).WithName(nameof(GetReport)).WithSummary("A report you may read").RequireAuthorization(Policies.Authenticated);
        reports.MapPut("/{id:guid}", SubmitReport).WithName(nameof(SubmitReport)).AcceptsIfMatch()
            .WithSummary("Report the year's outcomes (from the year's end; again to correct)").ValidateRequest<OutcomeReportRequest>().RequireAuthorization(Policies.OrganisationUser);
        return app;
    }

    public static async Task<Ok<Page<AlumniReportResponse>>> ListReports([AsParameters] AcceleratorServices services, Guid? intakeId, string? status, int? year, bool? late, string? cursor, int? limit)
    {
        var query = Visible(services);
        if (intakeId is { } intake)
        {
            query = query.Where(r => r.IntakeId == intake);
        }
        if (QueryValues.Enum<ReportStatus>(status, nameof(status)) is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }
        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }
        var today = AlumniReportClock.RomeDate(services.Now);
        if (late is { } isLate)
        {
            query = isLate ? query.Where(r => r.Status != ReportStatus.Submitted && r.DueOn < today) : query.Where(r => r.Status == ReportStatus.Submitted || r.DueOn >= today);
        }
        var page = await ByPeriodEnd.ReadAsync(query, cursor, limit, services.Cancellation);
        var responses = await ResponsesAsync(services, page.Rows, today);
        return TypedResults.Ok(new Page<AlumniReportResponse>(responses, page.NextCursor));
    }

    public static async Task<Results<Ok<AlumniReportResponse>, NotFound>> GetReport(Guid id, [AsParameters] AcceleratorServices services)
    {
        var report = await Visible(services).FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (report is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, report.Version);
        return TypedResults.Ok((await ResponsesAsync(services, [report], AlumniReportClock.RomeDate(services.Now)))[0]);
    }

    public static async Task<Results<Ok<AlumniReportResponse>, NotFound>> SubmitReport(Guid id, OutcomeReportRequest request, [AsParameters] AcceleratorServices services)
    {
        var report = await services.Db.AlumniReports.FirstOrDefaultAsync(r => r.Id == id && r.OrganisationId == services.User.OrganisationId, services.Cancellation);
        if (report is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, report.Version);
        var today = AlumniReportClock.RomeDate(services.Now);
        var late = report.IsLateOn(today);
        report.Submit(request.ToFigures(), today, services.Now);
        var intakeCode = await services.Db.Intakes.Where(i => i.Id == report.IntakeId).Select(i => i.Code).FirstAsync(services.Cancellation);
        services.RecordChange(AcceleratorEvents.Reported(report, intakeCode, late), "alumni-report.submitted", "alumni-report", report.Id, new { report.Year, late });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, report.Version);
        return TypedResults.Ok((await ResponsesAsync(services, [report], today))[0]);
    }

    private static IQueryable<AlumniReport> Visible(AcceleratorServices services)
    {
        var reports = services.Db.AlumniReports.AsNoTracking();
        if (services.User.Roles.Contains(Roles.AcceleratorManager))
        {
            return reports;
        }
        var organisationId = services.User.Roles.Contains(Roles.OrganisationUser) ? services.User.OrganisationId : null;
        return reports.Where(r => organisationId != null && r.OrganisationId == organisationId);
    }

    private static async Task<List<AlumniReportResponse>> ResponsesAsync(AcceleratorServices services, IReadOnlyList<AlumniReport> reports, DateOnly today)
    {
        var intakeIds = reports.Select(r => r.IntakeId).Distinct().ToList();
        var codes = await services.Db.Intakes.Where(i => intakeIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, services.Cancellation);
        var organisationIds = reports.Select(r => r.OrganisationId).Distinct().ToList();
        var names = await services.Db.Organisations.Where(o => organisationIds.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        return [.. reports.Select(r => new AlumniReportResponse(r.Id, r.ApplicationId, r.OrganisationId, names.GetValueOrDefault(r.OrganisationId), codes[r.IntakeId], r.Year,
            r.PeriodEnd, r.DueOn, r.Status, r.IsLateOn(today), r.RequestedAt, r.Reminders, r.Figures, r.SubmittedAt))];
    }

    private static readonly Keyset<AlumniReport, DateOnly> ByPeriodEnd = Keyset.By<AlumniReport, DateOnly>(r => r.PeriodEnd, r => r.Id, descending: false);
}
