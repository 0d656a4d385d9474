using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>Reference codes in requests: each checked against its list, the field named in the problem.</summary>
internal static class Codes
{
    public static IReadOnlyList<string> Provinces => ReferenceCodes.Provinces;

    public static IEnumerable<ValidationResult> In(IReadOnlyList<string>? values, IEnumerable<string> known, string field)
    {
        var list = known as IReadOnlyCollection<string> ?? [.. known];
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is null || !list.Contains(values[i], StringComparer.OrdinalIgnoreCase))
            {
                yield return new ValidationResult($"'{values[i]}' is not one of: {string.Join(", ", list)}.", [$"{field}[{i}]"]);
            }
        }
    }

    public static IEnumerable<ValidationResult> CountriesIn(IReadOnlyList<string>? values, string field)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            if (values![i] is null || !CountryCodes.All.Contains(values[i]))
            {
                yield return new ValidationResult($"'{values[i]}' is not an ISO 3166-1 alpha-2 country code (e.g. DE, FR, US).", [$"{field}[{i}]"]);
            }
        }
    }

    public static string Upper(string code) => code.ToUpperInvariant();

    public static string Lower(string code) => code.ToLowerInvariant();
}
