using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// An international event as a CEIP officer drafts or amends it. <c>timeZone</c> is the event's
/// IANA zone (<c>Europe/Berlin</c>); <c>startsAt</c> and <c>endsAt</c> are wall-clock times in that
/// zone (<c>2027-03-10T09:00</c>); <c>registrationDeadline</c> is a Rome wall-clock time or an
/// instant with an offset; <c>feeEur</c> null or absent means free.
/// </summary>
public sealed record EventRequest(
    [property: Required] InternationalEventKind? Kind,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleIt,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleEn,
    [property: Required, StringLength(2, MinimumLength = 2)] string? Country,
    [property: Required, StringLength(200, MinimumLength = 1)] string? City,
    [property: Required, StringLength(64)] string? TimeZone,
    [property: Required] string? StartsAt,
    [property: Required] string? EndsAt,
    IReadOnlyList<string>? PrioritySystems,
    [property: Range(1, 10_000)] int Capacity,
    [property: Required] string? RegistrationDeadline,
    [property: Range(0, 1_000_000)] decimal? FeeEur) : IValidatableObject
{
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Country is not null && !CountryCodes.All.Contains(Country))
        {
            yield return new ValidationResult($"'{Country}' is not an ISO 3166-1 alpha-2 country code.", [nameof(Country)]);
        }
        foreach (var code in (PrioritySystems ?? []).Where(c => !ReferenceCodes.PrioritySystems.Contains(c)))
        {
            yield return new ValidationResult($"'{code}' is not a priority system (SPI); known: {string.Join(", ", ReferenceCodes.PrioritySystems)}.", [nameof(PrioritySystems)]);
        }
        var zone = Zone();
        if (TimeZone is not null && zone is null)
        {
            yield return new ValidationResult($"'{TimeZone}' is not an IANA time zone (e.g. Europe/Berlin).", [nameof(TimeZone)]);
        }
        var startError = "";
        var starts = zone is null ? null : Instant(StartsAt, zone, out startError);
        if (zone is not null && StartsAt is not null && starts is null)
        {
            yield return new ValidationResult(startError, [nameof(StartsAt)]);
        }
        var endError = "";
        var ends = zone is null ? null : Instant(EndsAt, zone, out endError);
        if (zone is not null && EndsAt is not null && ends is null)
        {
            yield return new ValidationResult(endError, [nameof(EndsAt)]);
        }
        if (starts is not null && ends is not null && ends <= starts)
        {
            yield return new ValidationResult("The event ends after it starts.", [nameof(EndsAt)]);
        }
        if (RegistrationDeadline is null)
        {
            yield break;
        }
        if (!RomeTime.TryParse(RegistrationDeadline, out var deadline, out var error))
        {
            yield return new ValidationResult(error, [nameof(RegistrationDeadline)]);
        }
        else if (starts is not null && deadline > starts)
        {
            yield return new ValidationResult("Registration closes before the event starts.", [nameof(RegistrationDeadline)]);
        }
    }

    /// <summary>The terms, once the request is valid.</summary>
    public EventTerms ToTerms()
    {
        var zone = Zone()!;
        if (!RomeTime.TryParse(RegistrationDeadline, out var deadline, out var error))
        {
            throw new InvalidOperationException("ToTerms is called on a validated request: " + error);
        }
        return new EventTerms(Kind!.Value, new LocalizedText(TitleIt!, TitleEn!), Country!.ToUpperInvariant(), City!, TimeZone!,
            Instant(StartsAt, zone, out _)!.Value, Instant(EndsAt, zone, out _)!.Value, [.. (PrioritySystems ?? []).Distinct()], Capacity,
            RomeDeadline.At(deadline), FeeEur is 0 ? null : FeeEur);
    }

    private TimeZoneInfo? Zone() =>
        TimeZone is not null && TimeZone.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : null;

    /// <summary>A wall-clock time in <paramref name="zone"/> as an instant; null (with why) when unreadable or skipped by a clock change.</summary>
    private static DateTimeOffset? Instant(string? text, TimeZoneInfo zone, out string error)
    {
        error = "";
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = $"'{text}' is not a wall-clock time; write it as 2027-03-10T09:00 in the event's time zone.";
            return null;
        }
        if (zone.IsInvalidTime(local))
        {
            error = $"{text} does not exist in {zone.Id} (the clocks skip it).";
            return null;
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

/// <summary>
/// An international event: its times as instants shown in Europe/Rome like every instant of the
/// platform (<c>startsAt</c>, <c>endsAt</c>) and as read on the clocks where it is held
/// (<c>startsAtLocal</c>, <c>endsAtLocal</c>: ISO 8601 with the offset of <c>timeZone</c>); places
/// confirmed, waiting and left.
/// </summary>
public sealed record EventResponse(
    Guid Id,
    InternationalEventKind Kind,
    string Title,
    string TitleIt,
    string TitleEn,
    string Country,
    string City,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string StartsAtLocal,
    string EndsAtLocal,
    IReadOnlyList<string> PrioritySystems,
    int Capacity,
    int Confirmed,
    int WaitListed,
    int PlacesLeft,
    RomeDeadline RegistrationDeadline,
    decimal? FeeEur,
    bool Free,
    InternationalEventStatus Status,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? CancelledAt)
{
    public static EventResponse Of(InternationalEvent e, EventPlaces.Count places, Language language) => new(
        e.Id, e.Kind, e.Title.In(language), e.Title.It, e.Title.En, e.Country, e.City, e.TimeZone,
        RomeTime.Show(e.StartsAt), RomeTime.Show(e.EndsAt), Local(e, e.StartsAt), Local(e, e.EndsAt),
        e.PrioritySystems, e.Capacity, places.Confirmed, places.WaitListed, Math.Max(0, e.Capacity - places.Confirmed),
        e.RegistrationDeadline, e.FeeEur, e.FeeEur is null, e.Status, e.PublishedAt, e.CancelledAt);

    private static string Local(InternationalEvent e, DateTimeOffset instant) =>
        e.InEventZone(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}

public sealed record EventRegistrationResponse(
    Guid Id,
    Guid EventId,
    Guid OrganisationId,
    string? OrganisationName,
    EventRegistrationStatus Status,
    int? WaitListPosition,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? CancelledAt)
{
    public static EventRegistrationResponse Of(EventRegistration r) =>
        new(r.Id, r.EventId, r.OrganisationId, r.OrganisationName, r.Status, r.WaitListPosition, r.RegisteredAt, r.ConfirmedAt, r.CancelledAt);
}
