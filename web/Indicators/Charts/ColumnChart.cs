using System.Xml.Linq;

namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>
/// Columns side by side on a baseline, their value written above them and their name below: for a
/// few short categories in an order of their own (stages of a call, years).
/// </summary>
public static class ColumnChart
{
    private const double Height = 300;
    private const double Top = 28;
    private const double LabelArea = 58;
    private const double Side = 12;

    public static string Render(string id, ChartText text, IReadOnlyList<ChartPoint> points, Func<decimal, string> format)
    {
        if (points.Count == 0)
        {
            return SvgChart.Empty(id, text, "columns");
        }
        var baseline = Height - LabelArea;
        var plotHeight = baseline - Top;
        var slot = (SvgChart.Width - Side * 2) / points.Count;
        var barWidth = Math.Min(64, slot * 0.6);
        var maximum = points.Max(p => p.Value);
        var labelSize = slot < 90 ? 12 : SvgChart.FontSize;
        var svg = SvgChart.Root(id, text, Height, "columns");
        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var centre = Side + slot * i + slot / 2;
            var length = ChartScale.Length(point.Value, maximum, plotHeight);
            svg.Add(new XElement(SvgChart.Svg + "g",
                SvgChart.Rect(centre - barWidth / 2, baseline - length, barWidth, length, ChartPalette.Primary.Fill),
                SvgChart.Label(centre, baseline - length - 12, format(point.Value), "middle", ChartPalette.Text, "600"),
                SvgChart.WrappedLabel(centre, baseline + 24, point.Label, slot - 4, 3, "middle", labelSize)));
        }
        svg.Add(SvgChart.Line(Side, baseline, SvgChart.Width - Side, baseline));
        return svg.ToString(SaveOptions.DisableFormatting);
    }
}
