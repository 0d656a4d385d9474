using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Enum values read from the contracts, which spell them as the API does (<see cref="QueryValues.Kebab"/>).</summary>
internal static class JsonNames
{
    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().FirstOrDefault(v => QueryValues.Kebab(v) == value || v.ToString().Equals(value, StringComparison.OrdinalIgnoreCase));
}
