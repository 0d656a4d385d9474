using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Deadlines.UnitTests;

public class RomeDeadlineTests
{
    private static readonly DateTimeOffset Deadline = new(2027, 3, 31, 10, 0, 0, TimeSpan.Zero); // 12:00 in Rome

    [Fact]
    public void DeadlineHasNotPassedAtItsInstantButOneTickLater()
    {
        var deadline = RomeDeadline.At(Deadline);

        Assert.False(deadline.HasPassedAt(Deadline));
        Assert.True(deadline.HasPassedAt(Deadline.AddTicks(1)));
    }

    [Fact]
    public void LateArrivalIsRefusedWithTheDeadlineInRomeTime()
    {
        var refused = Assert.Throws<DomainRuleException>(() => RomeDeadline.At(Deadline).EnsureOpenAt(Deadline.AddSeconds(1), "call", "PRFESR-2027-RD-01"));

        Assert.Equal("deadline-passed", refused.Code);
        Assert.StartsWith("Call PRFESR-2027-RD-01 closed at", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2027-03-31 12:00:00 +02:00", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WallClockDeadlineIsReadInRome()
    {
        Assert.True(RomeDeadline.TryParse("2027-03-31T12:00", out var deadline, out _));

        Assert.Equal(new DateTimeOffset(2027, 3, 31, 10, 0, 0, TimeSpan.Zero), deadline.Instant);
        Assert.Equal(TimeSpan.FromHours(2), deadline.InRome.Offset);
    }
}
