namespace PiedmontSystem.Web.Indicators.Charts;

/// <summary>A fill and the colour of text written on it.</summary>
public sealed record ChartColour(string Fill, string Text);

/// <summary>
/// Bootstrap Italia's blues and slate. Every fill keeps at least 3:1 against the white page (WCAG
/// 1.4.11) or is outlined by <see cref="Outline"/>, which does; every text colour at least 4.5:1 on its fill.
/// </summary>
public static class ChartPalette
{
    /// <summary>Bootstrap Italia's primary (#0066CC, 5.6:1 on white).</summary>
    public static readonly ChartColour Primary = new("#0066CC", "#FFFFFF");

    /// <summary>A light tint of the primary, outlined; dark text on it (7:1).</summary>
    public static readonly ChartColour Light = new("#A6C8EC", "#17324D");

    /// <summary>Bootstrap Italia's slate (#5D7083, 5:1 on white).</summary>
    public static readonly ChartColour Slate = new("#5D7083", "#FFFFFF");

    /// <summary>The dark blue outline around bars whose fill is light (8:1 on white).</summary>
    public const string Outline = "#004D99";

    /// <summary>Body text (#1A1A1A) and the axis line (#5D7083).</summary>
    public const string Text = "#1A1A1A";

    public const string Axis = "#5D7083";

    public static readonly IReadOnlyList<ChartColour> Series = [Primary, Light, Slate];

    public static ChartColour Of(int series) => Series[series % Series.Count];
}
