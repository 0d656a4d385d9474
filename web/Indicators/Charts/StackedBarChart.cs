using System.Xml.Linq;

namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>
/// Horizontal bars made of parts (members: SMEs and others; grants: EU and regional), with a legend
/// in words, each part's value written inside it when it fits, and a note after the bar. As
/// <see cref="StackedMode.Shares"/> every bar is 100% long and the parts are percentages.
/// </summary>
public static class StackedBarChart
{
    private const double LabelWidth = 190;
    private const double NoteWidth = 130;
    private const double Gap = 8;
    private const double LegendHeight = 34;
    private const double RowHeight = 36;
    private const double BarHeight = 24;
    private const double Padding = 8;

    /// <summary>The narrowest part a value is written in (narrower parts leave it to the note and the table).</summary>
    public const double MinimumLabelledWidth = 44;

    public static string Render(
        string id, ChartText text, IReadOnlyList<string> series, IReadOnlyList<StackedRow> rows, StackedMode mode, Func<decimal, string> format, Func<decimal, string> percent)
    {
        if (rows.Count == 0)
        {
            return SvgChart.Empty(id, text, "stacked");
        }
        var plotX = LabelWidth + Gap;
        var plotWidth = SvgChart.Width - plotX - NoteWidth;
        var maximum = rows.Max(r => r.Values.Sum(v => Math.Max(0, v)));
        var height = LegendHeight + Padding * 2 + rows.Count * RowHeight;
        var svg = SvgChart.Root(id, text, height, "stacked");

        var legend = new XElement(SvgChart.Svg + "g", new XAttribute("class", "legend"));
        var legendX = plotX;
        for (var s = 0; s < series.Count; s++)
        {
            legend.Add(SvgChart.Rect(legendX, 8, 16, 16, ChartPalette.Of(s).Fill, ChartPalette.Outline),
                SvgChart.Label(legendX + 22, 16, series[s], "start", ChartPalette.Text));
            legendX += 22 + series[s].Length * SvgChart.CharacterWidth + 24;
        }
        svg.Add(legend);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var middle = LegendHeight + Padding + i * RowHeight + RowHeight / 2;
            var total = row.Values.Sum(v => Math.Max(0, v));
            var barLength = mode == StackedMode.Shares ? (total > 0 ? plotWidth : 0) : ChartScale.Length(total, maximum, plotWidth);
            var group = new XElement(SvgChart.Svg + "g",
                SvgChart.WrappedLabel(LabelWidth, middle, row.Label, LabelWidth, 2, "end", row.Label.Length > LabelWidth / SvgChart.CharacterWidth ? 12 : SvgChart.FontSize));
            var x = plotX;
            for (var s = 0; s < row.Values.Count; s++)
            {
                var value = Math.Max(0, row.Values[s]);
                var part = ChartScale.Length(value, total, barLength);
                var colour = ChartPalette.Of(s);
                group.Add(SvgChart.Rect(x, middle - BarHeight / 2, part, BarHeight, colour.Fill, ChartPalette.Outline));
                var written = mode == StackedMode.Shares ? percent(total == 0 ? 0 : value / total) : format(value);
                if (part >= Math.Max(MinimumLabelledWidth, written.Length * SvgChart.CharacterWidth + 8))
                {
                    group.Add(SvgChart.Label(x + part / 2, middle, written, "middle", colour.Text, "600"));
                }
                x += part;
            }
            if (row.Note is not null)
            {
                group.Add(SvgChart.Label(x + Gap, middle, row.Note, "start", ChartPalette.Text, "600"));
            }
            svg.Add(group);
        }
        svg.Add(SvgChart.Line(plotX, LegendHeight + Padding, plotX, height - Padding));
        return svg.ToString(SaveOptions.DisableFormatting);
    }
}

public enum StackedMode
{
    /// <summary>Bars as long as their totals, parts as their values.</summary>
    Values,

    /// <summary>Every bar 100% long, parts as their shares of it.</summary>
    Shares,
}
