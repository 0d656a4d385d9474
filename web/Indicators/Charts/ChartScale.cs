using System.Globalization;

namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>How values become lengths: proportional to the largest value, zero for zero (and for negatives, which no indicator has).</summary>
public static class ChartScale
{
    /// <summary>The length of <paramref name="value"/> on an axis <paramref name="length"/> long whose end is <paramref name="maximum"/>.</summary>
    public static double Length(decimal value, decimal maximum, double length) =>
        maximum <= 0 || value <= 0 ? 0 : (double)(Math.Min(value, maximum) / maximum) * length;

    /// <summary>An SVG coordinate: invariant, at most two decimals (so "12.5", never "12,5").</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
