using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>Query-string values spelled as in JSON (kebab-case enum values), with errors that name the parameter.</summary>
public static class QueryValues
{
    public static TEnum? Enum<TEnum>(string? value, string parameter) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), value, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
        throw new RequestValidationException(parameter, $"'{value}' is not one of: {allowed}.");
    }

    public static string Kebab<TEnum>(TEnum value) where TEnum : struct, System.Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
