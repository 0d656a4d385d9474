using System.Globalization;
using System.Xml.Linq;
using PiedmontSystem.Web.Indicators.Charts;

namespace PiedmontSystem.Web.UnitTests;

public sealed class ChartTests
{
    private static readonly XNamespace Svg = SvgChart.Svg;
    private static readonly ChartText Text = new("Members per cluster", "Horizontal bars, one per cluster.", "No cluster registered.");

    private static string Plain(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static List<double> Widths(XElement svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture))];

    private static List<double> Heights(XElement svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").Select(r => double.Parse((string)r.Attribute("height")!, CultureInfo.InvariantCulture))];

    private static List<string> Texts(XElement svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];

    [Fact]
    public void HorizontalBarsAreWellFormedAnImageLabelledByTheirTitleAndDescription()
    {
        var svg = Parse(HorizontalBarChart.Render("chart-x", Text, [new("CLEVER", 12), new("ICT", 3)], Plain));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("chart-x-title chart-x-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Members per cluster", svg.Elements(Svg + "title").Single(t => (string?)t.Attribute("id") == "chart-x-title").Value);
        Assert.Equal("Horizontal bars, one per cluster.", svg.Elements(Svg + "desc").Single(t => (string?)t.Attribute("id") == "chart-x-desc").Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
    }

    [Fact]
    public void HorizontalBarLengthsAreProportionalToTheirValues()
    {
        var widths = Widths(Parse(HorizontalBarChart.Render("c", Text, [new("A", 40), new("B", 10), new("C", 30)], Plain)));

        Assert.Equal(3, widths.Count);
        Assert.Equal(0.25, widths[1] / widths[0], 2);
        Assert.Equal(0.75, widths[2] / widths[0], 2);
    }

    [Fact]
    public void EveryBarIsLabelledWithItsNameAndItsValueSoColourIsNotTheOnlyCarrier()
    {
        var texts = Texts(Parse(HorizontalBarChart.Render("c", Text, [new("Francia", 8), new("Svizzera", 2)], v => $"{v} collaborations")));

        Assert.Contains("Francia", texts);
        Assert.Contains("Svizzera", texts);
        Assert.Contains("8 collaborations", texts);
        Assert.Contains("2 collaborations", texts);
    }

    [Fact]
    public void AChartWithNoDataSaysSoAndStaysWellFormed()
    {
        var svg = Parse(HorizontalBarChart.Render("c", Text, [], Plain));

        Assert.Empty(Widths(svg));
        Assert.Contains("No cluster registered.", Texts(svg));
        Assert.Equal("Members per cluster", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void BarsOfZeroHaveNoLengthAndStillShowTheirZero()
    {
        var svg = Parse(HorizontalBarChart.Render("c", Text, [new("A", 0), new("B", 0)], Plain));

        Assert.All(Widths(svg), w => Assert.Equal(0, w));
        Assert.Equal(2, Texts(svg).Count(t => t == "0"));
    }

    [Fact]
    public void LargeValuesKeepTheirProportionsAndFitTheChart()
    {
        var svg = Parse(HorizontalBarChart.Render("c", Text, [new("Budget", 12_500_000_000m), new("Committed", 2_500_000_000m)], Plain));
        var widths = Widths(svg);
        var viewWidth = double.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2], CultureInfo.InvariantCulture);

        Assert.Equal(0.2, widths[1] / widths[0], 2);
        Assert.True(widths[0] < viewWidth, $"the longest bar ({widths[0]}) overflows the chart ({viewWidth})");
    }

    [Fact]
    public void CoordinatesAreWrittenInvariantWhateverTheCulture()
    {
        Cultures.In("it");
        var svg = HorizontalBarChart.Render("c", Text, [new("A", 3), new("B", 1)], Plain);

        var coordinates = Parse(svg).Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "x" or "y" or "width" or "height").Select(a => a.Value);
        Assert.All(coordinates, c => Assert.DoesNotContain(",", c, StringComparison.Ordinal));
    }

    [Fact]
    public void ColumnHeightsAreProportionalAndEachColumnIsNamed()
    {
        var svg = Parse(ColumnChart.Render("c", Text, [new("Open", 2), new("Closed", 8), new("Awarded", 0)], Plain));
        var heights = Heights(svg);

        Assert.Equal(0.25, heights[0] / heights[1], 2);
        Assert.Equal(0, heights[2]);
        var words = svg.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.Contains("Open", words);
        Assert.Contains("Closed", words);
        Assert.Contains("Awarded", words);
    }

    [Fact]
    public void StackedPartsAreProportionalToTheirValuesAndBarsToTheirTotals()
    {
        var svg = Parse(StackedBarChart.Render("c", Text, ["SMEs", "Others"],
            [new("CLEVER", [30, 10], "40"), new("ICT", [5, 15], "20")], StackedMode.Values, Plain, Plain));
        var widths = Widths(svg).Skip(2).ToList();   // the legend's two swatches first

        Assert.Equal(3, widths[0] / widths[1], 2);
        Assert.Equal(0.5, (widths[2] + widths[3]) / (widths[0] + widths[1]), 2);
        Assert.Equal(1.0 / 3, widths[2] / widths[3], 2);
        Assert.Contains("SMEs", Texts(svg));
        Assert.Contains("Others", Texts(svg));
        Assert.Contains("40", Texts(svg));
    }

    [Fact]
    public void AsSharesEveryBarIsFullAndItsPartsArePercentages()
    {
        var svg = Parse(StackedBarChart.Render("c", Text, ["EU", "Region"],
            [new("PR FESR", [500_000, 500_000]), new("FSC", [300_000, 700_000])], StackedMode.Shares, Plain, share => $"{share * 100:0}%"));
        var widths = Widths(svg).Skip(2).ToList();

        Assert.Equal(widths[0] + widths[1], widths[2] + widths[3], 2);
        Assert.Equal(0.3, widths[2] / (widths[2] + widths[3]), 2);
        Assert.Contains("50%", Texts(svg));
        Assert.Contains("70%", Texts(svg));
    }

    [Fact]
    public void StackedBarsOfNothingHaveNoLength()
    {
        var svg = Parse(StackedBarChart.Render("c", Text, ["EU", "Region"], [new("PR FESR", [0, 0], "€ 0")], StackedMode.Shares, Plain, Plain));

        Assert.All(Widths(svg).Skip(2), w => Assert.Equal(0, w));
        Assert.Contains("€ 0", Texts(svg));
    }

    [Theory]
    [InlineData("Energia e tecnologie pulite", 12, 3, new[] { "Energia e", "tecnologie", "pulite" })]
    [InlineData("Energia e tecnologie pulite per tutti", 12, 2, new[] { "Energia e", "tecnologie…" })]
    [InlineData("Supercalifragilistichespiralidoso", 10, 2, new[] { "Supercali…" })]
    public void LongLabelsWrapIntoLinesAndAreCutWithAnEllipsis(string label, int characters, int lines, string[] expected) =>
        Assert.Equal(expected, SvgChart.Wrap(label, characters, lines));

    [Fact]
    public void MarkupInALabelIsEscapedNotInjected()
    {
        var svg = HorizontalBarChart.Render("c", Text, [new("<script>alert(1)</script> & co", 1)], Plain);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(Parse(svg).Descendants(), e => e.Name.LocalName == "script");
    }
}
