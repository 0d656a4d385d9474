using System.Text.Json;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class MoneyTests
{
    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.005")]
    public void AmountBelowZeroOrFinerThanACentIsRefused(string amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void WhatIsLeftCannotGoBelowZero()
    {
        Assert.Equal(Money.Euros(0.01m), Money.Euros(100.01m) - Money.Euros(100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Euros(100m) - Money.Euros(100.01m));
    }

    [Fact]
    public void MoneyIsWrittenAsThePlainNumberItHolds() =>
        Assert.Equal(JsonSerializer.Serialize(new { amount = 150_000.50m }), JsonSerializer.Serialize(new { amount = Money.Euros(150_000.50m) }));
}
