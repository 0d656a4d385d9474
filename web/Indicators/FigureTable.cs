using System.Globalization;
using PiedmontSystem.Web.Localisation;

namespace PiedmontSystem.Web.Indicators;

/// <summary>How a column's values are written: in the page's language on the page, invariant in CSV.</summary>
public enum FigureKind
{
    Text,
    Count,
    Euros,

    /// <summary>A percentage as a number from 0 to 100 (70.5 is 70.5%).</summary>
    Percent,

    /// <summary>A number with one decimal (median days).</summary>
    OneDecimal,
}

public sealed record FigureColumn(string Header, FigureKind Kind);

/// <summary>
/// A chart's figures: the table beside it and its CSV download. The first column names the row
/// (a <c>th scope="row"</c>); a cell is a string, a number or null (not published: shown as a dash,
/// empty in CSV).
/// </summary>
public sealed record FigureTable(string Caption, IReadOnlyList<FigureColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A cell as the page shows it, in the current culture.</summary>
    public static string Show(object? value, FigureKind kind) => value switch
    {
        null => "—",
        string text => text,
        _ => kind switch
        {
            FigureKind.Count => Text.Number(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            FigureKind.Euros => Text.Euros(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            FigureKind.Percent => Percent(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            FigureKind.OneDecimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N1", CultureInfo.CurrentCulture),
            _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
        },
    };

    /// <summary>A cell as CSV holds it: numbers invariant (a point for decimals, no grouping), euros with two decimals.</summary>
    public static string Raw(object? value, FigureKind kind) => value switch
    {
        null => "",
        string text => text,
        _ => kind switch
        {
            FigureKind.Count => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0", CultureInfo.InvariantCulture),
            FigureKind.Euros => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture),
            FigureKind.Percent or FigureKind.OneDecimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        },
    };

    /// <summary>A percentage (0–100) as the language writes it: 70,5 % / 70.5%.</summary>
    public static string Percent(decimal percent) =>
        percent.ToString("N1", CultureInfo.CurrentCulture) + (PortalCultures.IsItalian ? " %" : "%");

    /// <summary>The table as CSV: its headers, then its rows.</summary>
    public string ToCsv() =>
        Csv.Write([Columns.Select(c => c.Header).ToList(), .. Rows.Select(row => row.Select((cell, i) => Raw(cell, Columns[i].Kind)).ToList())]);
}
