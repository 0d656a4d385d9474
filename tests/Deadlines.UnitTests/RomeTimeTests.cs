
namespace PiedmontSystem.Deadlines.UnitTests;

public class RomeTimeTests
{
    private static DateTimeOffset Rome(string wallClock) => RomeTime.TryParse(wallClock, out var instant, out var error) ? instant : throw new ArgumentException(error);

    [Theory]
    [InlineData("2027-01-15T12:00", "2027-01-15T11:00:00+00:00")] // winter: CET, +01:00
    [InlineData("2027-07-15T12:00", "2027-07-15T10:00:00+00:00")] // summer: CEST, +02:00
    [InlineData("2027-03-28T03:00", "2027-03-28T01:00:00+00:00")] // first hour after the spring change
    [InlineData("2027-10-31T03:00", "2027-10-31T02:00:00+00:00")] // first hour after the autumn change
    public void WallClockTimeBecomesTheInstantOfThatDay(string local, string expectedUtc)
    {
        Assert.True(RomeTime.TryParse(local, out var instant, out _));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }

    [Fact]
    public void TimeSkippedBySpringChangeIsRefused()
    {
        Assert.False(RomeTime.TryParse("2027-03-28T02:30", out _, out var error));

        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeRepeatedByAutumnChangeIsRefusedWithoutOffset()
    {
        Assert.False(RomeTime.TryParse("2027-10-31T02:30", out _, out var error));

        Assert.Contains("happens twice", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedTimeWithOffsetIsTheInstantAsked()
    {
        Assert.True(RomeTime.TryParse("2027-10-31T02:30+01:00", out var second, out _));
        Assert.True(RomeTime.TryParse("2027-10-31T02:30+02:00", out var first, out _));

        Assert.Equal(TimeSpan.FromHours(1), second - first);
    }

    [Fact]
    public void InstantIsShownWithTheOffsetOfItsSeason()
    {
        Assert.Equal(TimeSpan.FromHours(1), RomeTime.Show(Rome("2027-03-27T12:00")).Offset);
        Assert.Equal(TimeSpan.FromHours(2), RomeTime.Show(Rome("2027-03-28T12:00")).Offset);
        Assert.Equal(12, RomeTime.Show(Rome("2027-03-28T12:00")).Hour);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31/03/2027 noon")]
    public void TextThatIsNoTimeIsRefused(string text) => Assert.False(RomeTime.TryParse(text, out _, out _));
}
