using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.RequestHandling.Validation;

/// <summary>
/// The checks a request's lists of reference codes get in every service, each failure naming its
/// item (<c>targetCountries[1]</c>) so the problem details point at it: any code list, ISO 3166-1
/// countries, SPIs, NACE Rev. 2 / ATECO codes.
/// </summary>
public static class CodeLists
{
    /// <summary>Every value must be one of <paramref name="known"/> (ignoring case unless the service stores codes exactly as given).</summary>
    public static IEnumerable<ValidationResult> In(IReadOnlyList<string>? values, IEnumerable<string> known, string field, bool ignoreCase = true)
    {
        var list = known as IReadOnlyCollection<string> ?? [.. known];
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        return Unknown(values, field, v => list.Contains(v, comparer), v => $"'{v}' is not one of: {string.Join(", ", list)}.");
    }

    public static IEnumerable<ValidationResult> Countries(IReadOnlyList<string>? values, string field) =>
        Unknown(values, field, CountryCodes.All.Contains, v => $"'{v}' is not an ISO 3166-1 alpha-2 country code (e.g. DE, FR, US).");

    public static IEnumerable<ValidationResult> PrioritySystems(IReadOnlyList<string>? values, string field) =>
        In(values, ReferenceCodes.PrioritySystems, field);

    public static IEnumerable<ValidationResult> NaceCodes(IReadOnlyList<string>? values, string field) =>
        Unknown(values, field, ReferenceCodes.IsNaceCode, v => $"'{v}' is not a NACE Rev. 2 / ATECO code such as 28 or 28.29.");

    private static IEnumerable<ValidationResult> Unknown(IReadOnlyList<string>? values, string field, Func<string, bool> known, Func<string?, string> message)
    {
        var list = values ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || !known(list[i]))
            {
                yield return new ValidationResult(message(list[i]), [$"{field}[{i}]"]);
            }
        }
    }
}
