using System.Text;

namespace PiedmontSystem.Web.Indicators;

/// <summary>
/// RFC 4180 text: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, CR or LF (its quotes doubled). Served as UTF-8 with a byte-order mark, so that
/// spreadsheet programs read "Città" rather than "CittÃ " (docs/portal.md, "Indicators").
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static string Write(IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(',');
                }
                text.Append(Field(record[i]));
            }
            text.Append("\r\n");
        }
        return text.ToString();
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>The bytes served: the UTF-8 byte-order mark, then the text.</summary>
    public static byte[] Encode(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}
