using System.Text.Json;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Enum values as the API and the contracts spell them (kebab-case).</summary>
internal static class JsonNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
