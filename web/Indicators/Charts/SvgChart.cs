using System.Xml.Linq;

namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>What a chart says about itself: its title and description (read by screen readers), and what it says when it has no data.</summary>
public sealed record ChartText(string Title, string Description, string Empty);

/// <summary>
/// The parts every chart shares: an <c>&lt;svg role="img"&gt;</c> labelled by its own title and
/// description, text in the page's font (presentation attributes only: the page's policy refuses
/// inline styles), and labels wrapped to fit.
/// </summary>
public static class SvgChart
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public const double Width = 640;

    public const double FontSize = 14;

    /// <summary>About the width of a character of Titillium Web at <see cref="FontSize"/>: enough to wrap labels.</summary>
    public const double CharacterWidth = 7.2;

    public static XElement Root(string id, ChartText text, double height, string kind) =>
        new(Svg + "svg",
            new XAttribute("id", id),
            new XAttribute("class", "indicator-chart indicator-chart-" + kind),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("viewBox", $"0 0 {ChartScale.Coordinate(Width)} {ChartScale.Coordinate(height)}"),
            new XAttribute("width", ChartScale.Coordinate(Width)),
            new XAttribute("height", ChartScale.Coordinate(height)),
            new XAttribute("font-size", ChartScale.Coordinate(FontSize)),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), text.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), text.Description));

    /// <summary>The chart with no data: its title, description and a sentence saying so.</summary>
    public static string Empty(string id, ChartText text, string kind)
    {
        var svg = Root(id, text, 60, kind);
        svg.Add(Label(Width / 2, 30, text.Empty, "middle", ChartPalette.Text));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    public static XElement Label(double x, double y, string text, string anchor, string fill, string? weight = null)
    {
        var label = new XElement(Svg + "text",
            new XAttribute("x", ChartScale.Coordinate(x)),
            new XAttribute("y", ChartScale.Coordinate(y)),
            new XAttribute("text-anchor", anchor),
            new XAttribute("dominant-baseline", "middle"),
            new XAttribute("fill", fill),
            text);
        if (weight is not null)
        {
            label.Add(new XAttribute("font-weight", weight));
        }
        return label;
    }

    /// <summary>A label of up to <paramref name="lines"/> lines centred on <paramref name="y"/>, cut with an ellipsis when even that is too short (the table beside it has it whole).</summary>
    public static XElement WrappedLabel(double x, double y, string text, double width, int lines, string anchor, double fontSize = FontSize)
    {
        var wrapped = Wrap(text, (int)Math.Max(4, width / (CharacterWidth * fontSize / FontSize)), lines);
        var lineHeight = fontSize * 1.15;
        var first = y - (wrapped.Count - 1) * lineHeight / 2;
        var label = new XElement(Svg + "text",
            new XAttribute("x", ChartScale.Coordinate(x)),
            new XAttribute("y", ChartScale.Coordinate(first)),
            new XAttribute("text-anchor", anchor),
            new XAttribute("dominant-baseline", "middle"),
            new XAttribute("fill", ChartPalette.Text));
        if (Math.Abs(fontSize - FontSize) > 0.01)
        {
            label.Add(new XAttribute("font-size", ChartScale.Coordinate(fontSize)));
        }
        for (var i = 0; i < wrapped.Count; i++)
        {
            label.Add(new XElement(Svg + "tspan",
                new XAttribute("x", ChartScale.Coordinate(x)),
                new XAttribute("y", ChartScale.Coordinate(first + i * lineHeight)),
                wrapped[i]));
        }
        return label;
    }

    /// <summary>Words into lines of at most <paramref name="characters"/>; a word longer than a line is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, int characters, int lines)
    {
        var result = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (candidate.Length <= characters || current.Length == 0)
            {
                current = candidate;
            }
            else
            {
                result.Add(current);
                current = word;
            }
        }
        if (current.Length > 0)
        {
            result.Add(current);
        }
        if (result.Count > lines)
        {
            result = [.. result.Take(lines)];
            result[^1] += "…";
        }
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Length > characters + 1)
            {
                result[i] = result[i][..(characters - 1)] + "…";
            }
        }
        return result;
    }

    public static XElement Rect(double x, double y, double width, double height, string fill, string? stroke = null)
    {
        var rect = new XElement(Svg + "rect",
            new XAttribute("class", "bar"),
            new XAttribute("x", ChartScale.Coordinate(x)),
            new XAttribute("y", ChartScale.Coordinate(y)),
            new XAttribute("width", ChartScale.Coordinate(width)),
            new XAttribute("height", ChartScale.Coordinate(height)),
            new XAttribute("fill", fill));
        if (stroke is not null)
        {
            rect.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", "1"));
        }
        return rect;
    }

    public static XElement Line(double x1, double y1, double x2, double y2) =>
        new(Svg + "line",
            new XAttribute("x1", ChartScale.Coordinate(x1)),
            new XAttribute("y1", ChartScale.Coordinate(y1)),
            new XAttribute("x2", ChartScale.Coordinate(x2)),
            new XAttribute("y2", ChartScale.Coordinate(y2)),
            new XAttribute("stroke", ChartPalette.Axis),
            new XAttribute("stroke-width", "1"));
}
