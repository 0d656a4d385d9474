using System.Globalization;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>
/// Sessions happen in Europe/Rome: their slots are Rome wall-clock times and their registration
/// deadline is written as one. Instants are kept in UTC and shown with the Rome offset of the
/// instant. (The same reading as the funding service's <c>RomeTime</c>, which lives in that service.)
/// </summary>
public static class RomeWallClock
{
    public const string ZoneId = RomeInstants.ZoneId;

    public static DateTimeOffset Show(DateTimeOffset instant) => RomeInstants.Show(instant);

    /// <summary>The instant of a Rome wall-clock time; false when that time does not exist (spring) or happens twice (autumn).</summary>
    public static bool TryInstant(DateOnly date, TimeOnly time, out DateTimeOffset instant)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        instant = default;
        if (RomeInstants.Zone.IsInvalidTime(local) || RomeInstants.Zone.IsAmbiguousTime(local))
        {
            return false;
        }
        instant = new DateTimeOffset(local, RomeInstants.Zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>
    /// Reads a Rome wall-clock time (<c>2027-03-31T12:00</c>) or an instant with an explicit offset.
    /// A wall-clock time the spring change skips or the autumn change repeats is refused unless
    /// the offset is given.
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
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
        {
            instant = withOffset.ToUniversalTime();
            return true;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            error = $"'{text}' is not a date and time; write it as 2027-03-31T12:00 (Europe/Rome).";
            return false;
        }
        if (!TryInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), out instant))
        {
            error = $"{local:yyyy-MM-ddTHH:mm} does not exist or happens twice in Europe/Rome (a daylight-saving change); give the offset or choose another time.";
            return false;
        }
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
