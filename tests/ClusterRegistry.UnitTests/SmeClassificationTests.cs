using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.UnitTests;

public class SmeClassificationTests
{
    [Theory]
    [InlineData(9, 2_000_000, null, SizeClass.Micro)] // at both micro ceilings
    [InlineData(10, 2_000_000, null, SizeClass.Small)] // staff ceiling of micro is "fewer than 10"
    [InlineData(9, 2_000_001, 2_000_001, SizeClass.Small)] // both money figures above micro
    [InlineData(9, 5_000_000, 1_500_000, SizeClass.Micro)] // turnover OR balance sheet: balance sheet saves it
    [InlineData(49, 10_000_000, null, SizeClass.Small)]
    [InlineData(50, 10_000_000, null, SizeClass.Medium)]
    [InlineData(49, 10_000_001, 10_000_001, SizeClass.Medium)]
    [InlineData(249, 50_000_000, null, SizeClass.Medium)]
    [InlineData(249, 60_000_000, 43_000_000, SizeClass.Medium)] // medium balance-sheet ceiling is €43M
    [InlineData(249, 60_000_000, 43_000_001, SizeClass.Large)]
    [InlineData(250, 1_000_000, 1_000_000, SizeClass.Large)] // 250 staff is large whatever the money
    [InlineData(0, 0, null, SizeClass.Micro)]
    public void ClassifiesAtTheThresholdsOfRecommendation2003_361(int headcount, int? turnover, int? balanceSheet, SizeClass expected)
    {
        var actual = SmeClassification.Classify(headcount, (decimal?)turnover, (decimal?)balanceSheet);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(null, 1_000_000, null)]
    [InlineData(5, null, null)]
    public void IsUnknownWithoutStaffOrAnyFinancialFigure(int? headcount, int? turnover, int? balanceSheet)
    {
        Assert.Equal(SizeClass.Unknown, SmeClassification.Classify(headcount, (decimal?)turnover, (decimal?)balanceSheet));
    }

    [Fact]
    public void OnlyMicroSmallAndMediumAreSmes()
    {
        Assert.Equal([SizeClass.Micro, SizeClass.Small, SizeClass.Medium], Enum.GetValues<SizeClass>().Where(s => s.IsSme()));
    }
}
