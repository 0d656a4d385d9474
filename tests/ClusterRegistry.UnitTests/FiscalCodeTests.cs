using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.UnitTests;

public class FiscalCodeTests
{
    [Theory]
    [InlineData("01232710374", "01232710374")] // a legal entity: like a VAT number
    [InlineData("rssmra85t10a562s", "RSSMRA85T10A562S")] // a person: normalised to upper case
    public void AcceptsEntityAndPersonCodes(string input, string expected)
    {
        Assert.True(FiscalCode.TryNormalise(input, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("01232710375")]
    [InlineData("RSSMRA85T10A562")]
    [InlineData("RSSMRA85Z10A562S")] // Z is not a month letter
    [InlineData("")]
    public void RejectsMalformedCodes(string input)
    {
        Assert.False(FiscalCode.TryNormalise(input, out _));
    }
}
