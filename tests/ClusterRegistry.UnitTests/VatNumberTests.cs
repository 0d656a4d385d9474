using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.UnitTests;

public class VatNumberTests
{
    [Theory]
    [InlineData("01232710374")] // check digit 4 after doubling carries
    [InlineData("00000000000")] // all zeros: check digit 0
    [InlineData("12345678903")]
    [InlineData(" 12345678903 ")] // surrounding blanks are ignored
    public void AcceptsElevenDigitsWithValidCheckDigit(string input)
    {
        Assert.True(VatNumber.TryParse(input, out var vat));
        Assert.Equal(input.Trim(), vat!.Value);
    }

    [Theory]
    [InlineData("01232710375")] // check digit off by one
    [InlineData("12345678901")]
    [InlineData("1234567890")] // ten digits
    [InlineData("123456789031")] // twelve digits
    [InlineData("1234567890A")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsWrongLengthCharactersOrCheckDigit(string? input)
    {
        Assert.False(VatNumber.TryParse(input, out var vat));
        Assert.Null(vat);
    }
}
