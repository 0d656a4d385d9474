using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

public class WorkingDaysTests
{
    [Theory]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    public void EasterSundayIsTheGregorianOne(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Fact]
    public void FiveWorkingDaysFromAFridaySkipTheWeekend()
    {
        // Friday 13 November 2026, 10:00 in Rome: Mon 16 … Fri 20; overdue from Saturday 21 at midnight.
        var opened = new DateTimeOffset(2026, 11, 13, 10, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.FromHours(1)), WorkingDays.DeadlineAfter(opened, 5));
    }

    [Fact]
    public void ItalianHolidaysAreNotWorkingDays()
    {
        // Tuesday 22 December 2026: Wed 23, Thu 24, (Fri 25 and Sat 26 holidays, Sun 27), Mon 28, Tue 29; overdue from Wednesday 30.
        var opened = new DateTimeOffset(2026, 12, 22, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 12, 30, 0, 0, 0, TimeSpan.FromHours(1)), WorkingDays.DeadlineAfter(opened, 4));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 3, 29))); // Easter Monday
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2027, 6, 2)));
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2027, 6, 24)));
    }

    [Fact]
    public void WorkingDaysBetweenCountsFromTheDayAfter() =>
        Assert.Equal(5, WorkingDays.Between(new DateTimeOffset(2026, 11, 13, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.FromHours(1))));
}
