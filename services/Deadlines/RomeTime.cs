using System.Globalization;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Deadlines;

/// <summary>
/// Calls, intakes and registrations open and close in Europe/Rome time. Instants are stored (UTC in the database) and shown
/// with the Rome offset of that instant, so "12:00" stays 12:00 across daylight-saving changes.
/// </summary>
public static class RomeTime
{
    public const string ZoneId = RomeInstants.ZoneId;

    public static readonly TimeZoneInfo Zone = RomeInstants.Zone;

    /// <summary>The instant as Rome shows it (offset +01:00 in winter, +02:00 in summer).</summary>
    public static DateTimeOffset Show(DateTimeOffset instant) => RomeInstants.Show(instant);

    /// <summary>The calendar day in Rome at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Show(instant).DateTime);

    /// <summary>The instants a Rome calendar year begins and ends (midnight of 1 January to midnight of the next), for "in year N" filters.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Year(int year)
    {
        TryInstant(new DateOnly(year, 1, 1), TimeOnly.MinValue, out var from);
        TryInstant(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue, out var to);
        return (from, to);
    }

    /// <summary>
    /// Reads a Rome wall-clock time (<c>2027-03-31T12:00</c>) or an instant with an explicit offset.
    /// A wall-clock time the spring change skips (02:00–02:59 on the last Sunday of March) does not
    /// exist, and one the autumn change repeats (02:00–02:59 on the last Sunday of October) is
    /// ambiguous: both are refused, unless the offset is given.
    /// </summary>
    public static bool TryParse(string? text, out DateTimeOffset instant, out string error)
    {
        instant = default;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Give a date and time in Europe/Rome, e.g. 2027-03-31T12:00.";
            return false;
        }
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var withOffset))
        {
            instant = withOffset.ToUniversalTime();
            return true;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local))
        {
            error = $"'{text}' is not a date and time; write it as 2027-03-31T12:00 (Europe/Rome).";
            return false;
        }
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            error = $"{local:yyyy-MM-ddTHH:mm} does not exist in Europe/Rome (clocks go forward that night); choose another time.";
            return false;
        }
        if (Zone.IsAmbiguousTime(local))
        {
            error = $"{local:yyyy-MM-ddTHH:mm} happens twice in Europe/Rome (clocks go back that night); give the offset, e.g. {local:yyyy-MM-ddTHH:mm}+02:00, or choose another time.";
            return false;
        }
        instant = new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>
    /// The instant of a Rome wall-clock date and time (a session's first slot); false when that
    /// time does not exist (spring change) or happens twice (autumn change).
    /// </summary>
    public static bool TryInstant(DateOnly date, TimeOnly time, out DateTimeOffset instant)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        instant = default;
        if (Zone.IsInvalidTime(local) || Zone.IsAmbiguousTime(local))
        {
            return false;
        }
        instant = new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('Z') || t.EndsWith('z'))
        {
            return true;
        }
        var timePart = t.IndexOf('T', StringComparison.OrdinalIgnoreCase) is var i and >= 0 ? t[(i + 1)..] : "";
        return timePart.Contains('+', StringComparison.Ordinal) || timePart.Contains('-', StringComparison.Ordinal);
    }
}
