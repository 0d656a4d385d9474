using PiedmontSystem.Deadlines;

namespace PiedmontSystem.Internationalisation.Domain.Liaison;

/// <summary>
/// Working days in Rome: Monday to Friday except Italian national holidays (New Year, Epiphany,
/// Easter Monday, Liberation Day, Labour Day, Republic Day, Assumption, All Saints, Immaculate
/// Conception, Christmas, St Stephen). Turin's patron saint (24 June) is not skipped: CEIP serves the whole region.
/// </summary>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public static bool IsHoliday(DateOnly day) =>
        (day.Month, day.Day) is (1, 1) or (1, 6) or (4, 25) or (5, 1) or (6, 2) or (8, 15) or (11, 1) or (12, 8) or (12, 25) or (12, 26)
        || day == EasterSunday(day.Year).AddDays(1);

    /// <summary>
    /// The instant a request opened at <paramref name="openedAt"/> is overdue: midnight in Rome at
    /// the end of the <paramref name="days"/>-th working day after the day it was opened.
    /// </summary>
    public static DateTimeOffset DeadlineAfter(DateTimeOffset openedAt, int days)
    {
        var day = DateOnly.FromDateTime(RomeTime.Show(openedAt).DateTime);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        RomeTime.TryInstant(day.AddDays(1), TimeOnly.MinValue, out var end);
        return end;
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/> (Rome dates; the first day not counted).</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to)
    {
        var day = DateOnly.FromDateTime(RomeTime.Show(from).DateTime);
        var last = DateOnly.FromDateTime(RomeTime.Show(to).DateTime);
        var count = 0;
        while (day < last)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Gregorian Easter (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var dayOfMonth = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, dayOfMonth);
    }
}
