using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Internationalisation.Apis;

/// <summary>
/// The checks a request's lists of reference codes get, each failure naming its item
/// (<c>targetCountries[1]</c>): ISO 3166-1 countries, SPIs, NACE Rev. 2 / ATECO codes.
/// </summary>
internal static class CodeLists
{
    public static IEnumerable<ValidationResult> Countries(IReadOnlyList<string>? codes, string field) =>
        Unknown(codes, field, c => CountryCodes.All.Contains(c), c => $"'{c}' is not an ISO 3166-1 alpha-2 country code.");

    public static IEnumerable<ValidationResult> PrioritySystems(IReadOnlyList<string>? codes, string field) =>
        Unknown(codes, field, c => ReferenceCodes.PrioritySystems.Contains(c, StringComparer.OrdinalIgnoreCase),
            c => $"'{c}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.");

    public static IEnumerable<ValidationResult> NaceCodes(IReadOnlyList<string>? codes, string field) =>
        Unknown(codes, field, ReferenceCodes.IsNaceCode, c => $"'{c}' is not a NACE Rev. 2 / ATECO code such as 28 or 28.29.");

    private static IEnumerable<ValidationResult> Unknown(IReadOnlyList<string>? codes, string field, Func<string, bool> known, Func<string?, string> message)
    {
        var list = codes ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || !known(list[i]))
            {
                yield return new ValidationResult(message(list[i]), [$"{field}[{i}]"]);
            }
        }
    }
}
