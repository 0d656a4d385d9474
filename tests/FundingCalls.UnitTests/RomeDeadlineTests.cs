using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class RomeDeadlineTests
{
    [Fact]
    public void DeadlineHasNotPassedAtItsInstantButOneTickLater()
    {
        var deadline = RomeDeadline.At(Builders.Deadline);

        Assert.False(deadline.HasPassedAt(Builders.Deadline));
        Assert.True(deadline.HasPassedAt(Builders.Deadline.AddTicks(1)));
    }

    [Fact]
    public void LateArrivalIsRefusedWithTheDeadlineInRomeTime()
    {
        var refused = Assert.Throws<DomainRuleException>(() => RomeDeadline.At(Builders.Deadline).EnsureOpenAt(Builders.Deadline.AddSeconds(1), "PRFESR-2027-RD-01"));

        Assert.Equal("deadline-passed", refused.Code);
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
