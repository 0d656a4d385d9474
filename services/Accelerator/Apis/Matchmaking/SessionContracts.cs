using System.ComponentModel.DataAnnotations;
using System.Globalization;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// A session as an accelerator manager drafts it. <c>startTime</c> is a Rome wall-clock time
/// (<c>09:00</c>); <c>breaks</c> are slot indices (0-based); <c>registrationDeadline</c> is a Rome
/// wall-clock time (<c>2027-03-31T12:00</c>) or an instant with an offset, the last instant a
/// registration counts.
/// </summary>
public sealed record SessionRequest(
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleIt,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleEn,
    [property: StringLength(5000)] string? DescriptionIt,
    [property: StringLength(5000)] string? DescriptionEn,
    [property: Required] DateOnly? Date,
    [property: Required, StringLength(300, MinimumLength = 2)] string? Place,
    [property: Required] string? StartTime,
    [property: Range(5, 240)] int SlotMinutes,
    [property: Range(1, SessionTerms.MaxSlots)] int SlotCount,
    IReadOnlyList<int>? Breaks,
    [property: Range(1, SessionTerms.MaxTables)] int TableCount,
    IReadOnlyList<string>? PrioritySystems,
    [property: Required] string? RegistrationDeadline,
    [property: Required] AcceptanceMode? AcceptanceMode,
    [property: Required] SchedulingMode? SchedulingMode) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartTime is not null && !SessionTimes.TryParseTime(StartTime, out _))
        {
            yield return new ValidationResult($"'{StartTime}' is not a time of day; write it as 09:00 (Europe/Rome).", [nameof(StartTime)]);
        }
        if (RegistrationDeadline is not null && !RomeTime.TryParse(RegistrationDeadline, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(RegistrationDeadline)]);
        }
        if (ToTerms() is { } terms)
        {
            foreach (var (field, message) in terms.Problems())
            {
                yield return new ValidationResult(message, [field]);
            }
        }
    }

    /// <summary>The terms, once the request is valid (times read in Europe/Rome).</summary>
    public SessionTerms? ToTerms() =>
        SessionTimes.TryParseTime(StartTime, out var start) && RomeTime.TryParse(RegistrationDeadline, out var deadline, out _)
            && Date is { } date && AcceptanceMode is { } acceptance && SchedulingMode is { } scheduling
            ? new SessionTerms(
                new LocalizedText(TitleIt ?? "", TitleEn ?? ""),
                new LocalizedText(DescriptionIt ?? "", DescriptionEn ?? ""),
                date, Place ?? "", start, SlotMinutes, SlotCount, Breaks ?? [], TableCount, PrioritySystems ?? [], deadline, acceptance, scheduling)
            : null;
}

/// <summary>An amendment of a published session: why, and what changes (at least one of the rest).</summary>
public sealed record SessionAmendmentRequest(
    [property: Required, StringLength(2000, MinimumLength = 5)] string? Reason,
    [property: StringLength(300, MinimumLength = 2)] string? Place,
    DateOnly? Date,
    string? StartTime,
    string? RegistrationDeadline,
    [property: Range(1, SessionTerms.MaxTables)] int? TableCount,
    [property: StringLength(5000)] string? DescriptionIt,
    [property: StringLength(5000)] string? DescriptionEn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartTime is not null && !SessionTimes.TryParseTime(StartTime, out _))
        {
            yield return new ValidationResult($"'{StartTime}' is not a time of day; write it as 09:00 (Europe/Rome).", [nameof(StartTime)]);
        }
        if (RegistrationDeadline is not null && !RomeTime.TryParse(RegistrationDeadline, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(RegistrationDeadline)]);
        }
        if ((DescriptionIt is null) != (DescriptionEn is null))
        {
            yield return new ValidationResult("Amend the description in both languages at once.", [DescriptionIt is null ? nameof(DescriptionIt) : nameof(DescriptionEn)]);
        }
    }

    public RequestedSessionAmendment ToAmendment() => new(
        Reason!, Place, Date,
        SessionTimes.TryParseTime(StartTime, out var start) ? start : null,
        RomeTime.TryParse(RegistrationDeadline, out var deadline, out _) ? deadline : null,
        TableCount,
        DescriptionIt is not null && DescriptionEn is not null ? new LocalizedText(DescriptionIt, DescriptionEn) : null);
}

/// <summary>Times of day as sessions write them.</summary>
internal static class SessionTimes
{
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}

public sealed record SessionTranslationResponse(string Title, string Description);

/// <summary>One slot of a session: its index (what requests, bookings and availability name), its times, and whether it is a break.</summary>
public sealed record SlotResponse(int Index, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsBreak);

/// <summary>
/// A session. <c>status</c> is what it is now (registration closes by the clock); instants are
/// shown with the Rome offset; slots are listed with their times.
/// </summary>
public sealed record SessionResponse(
    Guid Id,
    string Title,
    string Description,
    IReadOnlyDictionary<string, SessionTranslationResponse> Translations,
    SessionStatus Status,
    DateOnly Date,
    string Place,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string StartTime,
    int SlotMinutes,
    int SlotCount,
    IReadOnlyList<int> Breaks,
    IReadOnlyList<SlotResponse> Slots,
    int TableCount,
    IReadOnlyList<string> PrioritySystems,
    DateTimeOffset RegistrationDeadline,
    AcceptanceMode AcceptanceMode,
    SchedulingMode SchedulingMode,
    IReadOnlyList<SessionAmendment> Amendments,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? AgendaPublishedAt,
    DateTimeOffset? ClosedAt)
{
    public static SessionResponse Of(AcceleratorServices services, MatchmakingSession s) => new(
        s.Id,
        s.Title.In(services.Language),
        s.Description.In(services.Language),
        new Dictionary<string, SessionTranslationResponse> { ["it"] = new(s.Title.It, s.Description.It), ["en"] = new(s.Title.En, s.Description.En) },
        s.StatusAt(services.Now),
        s.Date,
        s.Place,
        RomeTime.ZoneId,
        s.StartsAt,
        s.EndsAt,
        s.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        s.SlotMinutes,
        s.SlotCount,
        s.Breaks,
        Enumerable.Range(0, s.SlotCount).Select(i => new SlotResponse(i, s.SlotStart(i), s.SlotEnd(i), s.IsBreak(i))).ToList(),
        s.TableCount,
        s.PrioritySystems,
        s.RegistrationDeadline,
        s.AcceptanceMode,
        s.SchedulingMode,
        s.Amendments,
        s.PublishedAt,
        s.AgendaPublishedAt,
        s.ClosedAt);
}

/// <summary>A buyer taking part in a session, with the challenges it brings, its table and the slots it is available in.</summary>
public sealed record SessionBuyerRequest(
    [property: Required] Guid? BuyerId,
    [property: Required, StringLength(5000, MinimumLength = 3)] string? ChallengesIt,
    [property: Required, StringLength(5000, MinimumLength = 3)] string? ChallengesEn,
    int? Table,
    IReadOnlyList<int>? AvailableSlots);

/// <summary>The slots someone can attend (0-based indices, no breaks); at least one.</summary>
public sealed record AvailabilityRequest([property: Required, MinLength(1)] IReadOnlyList<int>? AvailableSlots);

public sealed record ChallengesTranslationResponse(string Challenges);

public sealed record SessionBuyerResponse(
    Guid BuyerId,
    string Name,
    BuyerKind Kind,
    string Country,
    string Region,
    bool FromOutsideRegion,
    string Challenges,
    IReadOnlyDictionary<string, ChallengesTranslationResponse> Translations,
    int Table,
    IReadOnlyList<int> AvailableSlots)
{
    public static SessionBuyerResponse Of(AcceleratorServices services, SessionBuyer sb, Buyer b) => new(
        b.Id, b.Name, b.Kind, b.Country, b.Region, b.FromOutsideRegion, sb.Challenges.In(services.Language),
        new Dictionary<string, ChallengesTranslationResponse> { ["it"] = new(sb.Challenges.It), ["en"] = new(sb.Challenges.En) },
        sb.Table, sb.AvailableSlots);
}
