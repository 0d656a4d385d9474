namespace PiedmontSystem.Accelerator.Domain;

/// <summary>
/// A service delivered to a start-up of the cohort by one of the intake's providers: what kind,
/// how many hours, on which day. Progress is the hours delivered against the catalogue's plan.
/// </summary>
public sealed class ServiceDelivery
{
    private ServiceDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid IntakeId { get; private set; }
    public ServiceKind Kind { get; private set; }
    public decimal Hours { get; private set; }
    public Guid ProviderId { get; private set; }
    public DateOnly DeliveredOn { get; private set; }
    public string? Note { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public static ServiceDelivery Log(Application member, Intake intake, ServiceKind kind, decimal hours, Guid providerId, DateOnly on, string? note, string by, DateTimeOffset now)
    {
        member.RequireInCohort("given services");
        if (!intake.ProviderIds.Contains(providerId))
        {
            throw AcceleratorRules.NotAProvider(providerId, intake.Code);
        }
        if (intake.Services.All(s => s.Kind != kind))
        {
            throw new ServiceDefaults.Errors.RequestValidationException("kind", $"Intake {intake.Code}'s catalogue has no {ServiceDefaults.Http.QueryValues.Kebab(kind)} service.");
        }
        return new ServiceDelivery
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = member.Id,
            IntakeId = intake.Id,
            Kind = kind,
            Hours = hours,
            ProviderId = providerId,
            DeliveredOn = on,
            Note = note,
            RecordedBy = by,
            RecordedAt = now,
        };
    }
}

/// <summary>A start-up's progress: per service, hours planned and delivered, and the share delivered overall (capped at 100).</summary>
public sealed record ServiceProgress(ServiceKind Kind, decimal PlannedHours, decimal DeliveredHours);

public static class Progress
{
    public static IReadOnlyList<ServiceProgress> Of(Intake intake, IEnumerable<ServiceDelivery> deliveries)
    {
        var delivered = deliveries.GroupBy(d => d.Kind).ToDictionary(g => g.Key, g => g.Sum(d => d.Hours));
        return [.. intake.Services.Select(s => new ServiceProgress(s.Kind, s.PlannedHours, delivered.GetValueOrDefault(s.Kind)))];
    }

    public static decimal Percent(IReadOnlyList<ServiceProgress> progress)
    {
        var planned = progress.Sum(p => p.PlannedHours);
        return planned == 0 ? 0 : Math.Round(progress.Sum(p => Math.Min(p.DeliveredHours, p.PlannedHours)) / planned * 100, 1, MidpointRounding.AwayFromZero);
    }
}
