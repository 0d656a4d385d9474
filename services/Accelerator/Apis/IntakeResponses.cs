using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Deadlines;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>Maps intakes to what callers read: texts in the caller's language, instants in Rome time, providers named.</summary>
internal static class IntakeResponses
{
    public static async Task<IntakeResponse> OfAsync(AcceleratorServices services, Intake intake)
    {
        var programme = await services.Db.Programmes.AsNoTracking().FirstAsync(p => p.Id == intake.ProgrammeId, services.Cancellation);
        var providers = await ProvidersAsync(services, intake.ProviderIds);
        return Of(services, intake, programme, providers);
    }

    public static async Task<IReadOnlyDictionary<Guid, ProviderResponse>> ProvidersAsync(AcceleratorServices services, IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().ToList();
        return await services.Db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.OrganisationId))
            .ToDictionaryAsync(o => o.OrganisationId, o => new ProviderResponse(o.OrganisationId, o.LegalName, o.Kind), services.Cancellation);
    }

    public static IntakeResponse Of(AcceleratorServices services, Intake intake, AcceleratorProgramme programme, IReadOnlyDictionary<Guid, ProviderResponse> providers) => new(
        intake.Id,
        intake.Code,
        programme.Code,
        intake.Year,
        programme.ProgrammeYearOf(intake.Year),
        intake.Title.In(services.Language),
        intake.Description.In(services.Language),
        intake.Title,
        intake.PrioritySystems,
        intake.Eligibility,
        RomeTime.Show(intake.OpensAt),
        intake.Deadline.InRome,
        RomeTime.ZoneId,
        intake.CohortCapacity,
        intake.ServiceMonths,
        intake.Services,
        [.. intake.ProviderIds.Select(id => providers.GetValueOrDefault(id) ?? new ProviderResponse(id, null, null))],
        intake.Rubric,
        intake.StatusAt(services.Now),
        intake.ClosedEarlyReason,
        intake.Amendments,
        intake.PublishedAt,
        intake.CohortCompletedAt);
}
