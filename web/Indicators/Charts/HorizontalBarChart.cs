using System.Xml.Linq;

namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>
/// Bars from left to right, one a row, labelled on the left and with their value written after
/// them: for categories with long names (clusters, countries, outcomes).
/// </summary>
public static class HorizontalBarChart
{
    private const double LabelWidth = 210;
    private const double ValueWidth = 120;
    private const double Gap = 8;
    private const double RowHeight = 36;
    private const double BarHeight = 22;
    private const double Padding = 8;

    /// <summary>The chart as SVG markup; <paramref name="format"/> writes each value (in the page's language).</summary>
    public static string Render(string id, ChartText text, IReadOnlyList<ChartPoint> points, Func<decimal, string> format)
    {
        if (points.Count == 0)
        {
            return SvgChart.Empty(id, text, "bars");
        }
        var plotX = LabelWidth + Gap;
        var plotWidth = SvgChart.Width - plotX - ValueWidth;
        var maximum = points.Max(p => p.Value);
        var height = Padding * 2 + points.Count * RowHeight;
        var svg = SvgChart.Root(id, text, height, "bars");
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var middle = Padding + i * RowHeight + RowHeight / 2;
            var length = ChartScale.Length(point.Value, maximum, plotWidth);
            svg.Add(new XElement(SvgChart.Svg + "g",
                SvgChart.WrappedLabel(LabelWidth, middle, point.Label, LabelWidth, 2, "end", point.Label.Length > LabelWidth / SvgChart.CharacterWidth ? 12 : SvgChart.FontSize),
                SvgChart.Rect(plotX, middle - BarHeight / 2, length, BarHeight, ChartPalette.Primary.Fill),
                SvgChart.Label(plotX + length + Gap, middle, format(point.Value), "start", ChartPalette.Text, "600")));
        }
        svg.Add(SvgChart.Line(plotX, Padding, plotX, height - Padding));
        return svg.ToString(SaveOptions.DisableFormatting);
    }
}
