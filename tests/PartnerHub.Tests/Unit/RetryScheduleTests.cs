using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Tests.Unit;

public class RetryScheduleTests
{
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retries_back_off_exponentially_from_5_seconds_to_12_hours_without_jitter_at_one_half()
    {
        var intervals = Enumerable.Range(1, 10).Select(n => Schedule.NextAttempt(n, Start, Start, jitter: 0.5)!.Value - Start).ToList();

        Assert.Equal(TimeSpan.FromSeconds(5), intervals[0]);
        Assert.Equal(TimeSpan.FromSeconds(20), intervals[1]);
        Assert.Equal(TimeSpan.FromSeconds(80), intervals[2]);
        Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
        Assert.Equal(TimeSpan.FromHours(12), intervals[^1]);
    }

    [Theory]
    [InlineData(0.0, 4.0)]
    [InlineData(0.999, 5.999)]
    public void Jitter_moves_an_attempt_by_at_most_a_fifth(double jitter, double seconds) =>
        Assert.Equal(seconds, (Schedule.NextAttempt(1, Start, Start, jitter)!.Value - Start).TotalSeconds, precision: 2);

    [Fact]
    public void Retries_stop_three_days_after_the_series_began_and_the_attempts_fit_in_them()
    {
        var now = Start;
        var attempts = 0;
        while (Schedule.NextAttempt(++attempts, Start, now, jitter: 0.5) is { } next)
        {
            now = next;
        }
        Assert.True(now <= Start.AddDays(3));
        Assert.True(now > Start.AddDays(2), $"the last retry was at {now - Start}");
        Assert.InRange(attempts, 10, 16);
    }

    [Fact]
    public void An_endpoint_rests_after_five_failures_in_a_row_longer_each_time_up_to_five_minutes()
    {
        Assert.Null(Schedule.PauseUntil(4, Start, 0.5));
        Assert.Equal(Start.AddSeconds(5), Schedule.PauseUntil(5, Start, 0.5));
        Assert.Equal(Start.AddSeconds(20), Schedule.PauseUntil(6, Start, 0.5));
        Assert.Equal(Start.AddMinutes(5), Schedule.PauseUntil(50, Start, 0.5));
    }

    [Fact]
    public void A_subscription_is_disabled_after_its_endpoint_failed_for_five_days()
    {
        Assert.False(Schedule.Disables(null, Start));
        Assert.False(Schedule.Disables(Start, Start.AddDays(4.9)));
        Assert.True(Schedule.Disables(Start, Start.AddDays(5)));
    }
}
