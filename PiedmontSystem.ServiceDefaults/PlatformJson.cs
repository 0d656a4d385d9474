using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiedmontSystem.ServiceDefaults;

/// <summary>
/// The platform's JSON conventions: camelCase members, enums as kebab-case strings
/// (<c>research-body</c>), web defaults otherwise. The APIs use them; clients and tests can too.
/// </summary>
public static class PlatformJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
