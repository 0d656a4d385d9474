using System.Text.Json;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Enum values as the API and the contracts spell them (kebab-case).</summary>
internal static class JsonNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().FirstOrDefault(v => Of(v) == value || v.ToString().Equals(value, StringComparison.OrdinalIgnoreCase));
}
