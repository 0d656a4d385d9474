using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Apis.Matchmaking;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.Infrastructure.Seeding;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record IntakeIndicators(Guid IntakeId, string IntakeCode, int Year, int ProgrammeYear, IndicatorSet Indicators);

public sealed record ProgrammeYearIndicators(int ProgrammeYear, IndicatorSet Indicators);

/// <summary>
/// The programme's result indicators (overall, per intake and per programme year) and Meet the
/// corporates' (per session and in total, for the calendar year asked or every year).
/// </summary>
public sealed record IndicatorsResponse(
    string ProgrammeCode, int MinimumGroup, IndicatorSet Totals, IReadOnlyList<IntakeIndicators> ByIntake, IReadOnlyList<ProgrammeYearIndicators> ByProgrammeYear,
    MatchmakingFigures MeetTheCorporates);

/// <summary>
/// The seed's result indicators, public and anonymous: aggregates only, and none over fewer than
/// <see cref="ResultIndicators.MinimumGroup"/> companies.
/// </summary>
public static class IndicatorsApi
{
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/accelerator/indicators", GetIndicators).WithTags("Indicators").WithName(nameof(GetIndicators))
            .WithSummary("Result indicators of a programme (the Business Accelerator by default): participants, alumni outcomes, growth, private investment, per intake and programme year; and Meet the corporates' meetings, SMEs, buyers from outside the region and supply contracts (?year= for one calendar year)")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Ok<IndicatorsResponse>> GetIndicators([AsParameters] AcceleratorServices services, string? programme, int? year)
    {
        var code = programme ?? ProgrammeSeeder.BusinessAcceleratorCode;
        var found = await services.Db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, services.Cancellation)
            ?? throw new RequestValidationException(nameof(programme), $"There is no programme with code '{code}'.");
        var intakes = await services.Db.Intakes.AsNoTracking().Where(i => i.ProgrammeId == found.Id && i.Status != IntakeStatus.Draft).OrderBy(i => i.Year).ToListAsync(services.Cancellation);
        var intakeIds = intakes.Select(i => i.Id).ToList();
        var seated = await services.Db.Applications.AsNoTracking()
            .Where(a => intakeIds.Contains(a.IntakeId) && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Completed || a.Status == ApplicationStatus.DroppedOut))
            .ToListAsync(services.Cancellation);
        var organisationIds = seated.Select(a => a.OrganisationId).Distinct().ToList();
        var sizes = await services.Db.Organisations.Where(o => organisationIds.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.SizeClass, services.Cancellation);
        var reports = (await services.Db.AlumniReports.AsNoTracking().Where(r => intakeIds.Contains(r.IntakeId)).ToListAsync(services.Cancellation)).ToLookup(r => r.ApplicationId);
        var participants = seated.Select(a => (a.IntakeId, Participant: new Participant(a.Id, a.Status, ReferenceCodes.SmeSizeClasses.Contains(sizes.GetValueOrDefault(a.OrganisationId) ?? ""),
            a.Current.Traction.RevenueEur, [.. reports[a.Id]]))).ToList();

        var byIntake = intakes.Select(i => new IntakeIndicators(i.Id, i.Code, i.Year, found.ProgrammeYearOf(i.Year),
            ResultIndicators.Of([.. participants.Where(p => p.IntakeId == i.Id).Select(p => p.Participant)]))).ToList();
        var yearOf = intakes.ToDictionary(i => i.Id, i => found.ProgrammeYearOf(i.Year));
        var byYear = participants.GroupBy(p => yearOf[p.IntakeId]).OrderBy(g => g.Key)
            .Select(g => new ProgrammeYearIndicators(g.Key, ResultIndicators.Of([.. g.Select(p => p.Participant)]))).ToList();
        var meetTheCorporates = await MatchmakingIndicators.ComputeAsync(services.Db, year, services.Cancellation);
        return TypedResults.Ok(new IndicatorsResponse(found.Code, ResultIndicators.MinimumGroup, ResultIndicators.Of([.. participants.Select(p => p.Participant)]), byIntake, byYear,
            meetTheCorporates));
    }
}
