using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>Opt-in: the other side accepts or declines each request. Opt-out: requests are accepted at once.</summary>
public enum AcceptanceMode
{
    OptIn,
    OptOut,
}

/// <summary>Self-booking: the two sides of an accepted request book a free slot. Scheduler: the organiser's scheduler places the meetings.</summary>
public enum SchedulingMode
{
    SelfBooking,
    Scheduler,
}

/// <summary>
/// What an accelerator manager writes of a session: when and where, its slots (a start time in
/// Europe/Rome, a length, a count, the slots that are breaks), its tables, SPIs, registration
/// deadline and modes. Sessions are held in one day.
/// </summary>
public sealed record SessionTerms(
    LocalizedText Title,
    LocalizedText Description,
    DateOnly Date,
    string Place,
    TimeOnly StartTime,
    int SlotMinutes,
    int SlotCount,
    IReadOnlyList<int> Breaks,
    int TableCount,
    IReadOnlyList<string> PrioritySystems,
    DateTimeOffset RegistrationDeadline,
    AcceptanceMode AcceptanceMode,
    SchedulingMode SchedulingMode)
{
    public const int MaxSlots = 96;
    public const int MaxTables = 500;

    /// <summary>What is wrong with the terms, each naming its field (empty when they hold together).</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (SlotMinutes is < 5 or > 240)
        {
            yield return ("slotMinutes", "A slot lasts 5 to 240 minutes.");
        }
        if (SlotCount is < 1 or > MaxSlots)
        {
            yield return ("slotCount", $"A session has 1 to {MaxSlots} slots.");
        }
        else if (StartTime.ToTimeSpan() + TimeSpan.FromMinutes((double)SlotMinutes * SlotCount) > TimeSpan.FromDays(1))
        {
            yield return ("slotCount", "The slots must end by midnight: a session is held in one day.");
        }
        if (TableCount is < 1 or > MaxTables)
        {
            yield return ("tableCount", $"A session has 1 to {MaxTables} tables.");
        }
        foreach (var (slot, i) in Breaks.Select((b, i) => (b, i)))
        {
            if (slot < 0 || slot >= SlotCount)
            {
                yield return ($"breaks[{i}]", $"Slot {slot} is not one of the session's slots (0 to {SlotCount - 1}).");
            }
        }
        if (SlotCount > 0 && Breaks.Distinct().Count(b => b >= 0 && b < SlotCount) >= SlotCount)
        {
            yield return ("breaks", "At least one slot must not be a break.");
        }
        foreach (var (spi, i) in PrioritySystems.Select((s, i) => (s, i)))
        {
            if (!ReferenceCodes.PrioritySystems.Contains(spi))
            {
                yield return ($"prioritySystems[{i}]", $"'{spi}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.");
            }
        }
        if (!RomeTime.TryInstant(Date, StartTime, out var startsAt))
        {
            yield return ("startTime", $"{Date:yyyy-MM-dd} {StartTime:HH:mm} does not exist or happens twice in Europe/Rome; choose another start time.");
        }
        else if (RegistrationDeadline >= startsAt)
        {
            yield return ("registrationDeadline", "Registration must close before the session starts.");
        }
    }
}
