using System.Globalization;
using PiedmontSystem.Web.Api;

namespace PiedmontSystem.Web.Components.Parts;

/// <summary>
/// Numbers and days typed into a form, read in the page's language or the invariant one ("1.500,50"
/// or "1500.50"), with a message for the field when they are not numbers: the API then hears only
/// what it can read, and the person hears about the rest in the same summary.
/// </summary>
public sealed class FormNumbers
{
    private readonly Dictionary<string, IReadOnlyList<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public decimal? Amount(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var cleaned = text.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.CurrentCulture, out var value)
            || decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out value))
        {
            return value;
        }
        _errors[field] = [Localisation.Text.T("Scrivi un numero, ad esempio 1500 o 1500,50.", "Write a number, e.g. 1500 or 1500.50.")];
        return null;
    }

    public int? WholeNumber(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        _errors[field] = [Localisation.Text.T("Scrivi un numero intero, ad esempio 12.", "Write a whole number, e.g. 12.")];
        return null;
    }

    public DateOnly? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }
        _errors[field] = [Localisation.Text.T("Scrivi una data, ad esempio 2024-03-31.", "Write a date, e.g. 2024-03-31.")];
        return null;
    }

    /// <summary>A problem naming every field that was not a number; null when all were.</summary>
    public ApiProblem? Problem => _errors.Count == 0
        ? null
        : new ApiProblem(400, Localisation.Text.T("Alcuni valori non sono numeri", "Some values are not numbers"), null, _errors);
}
