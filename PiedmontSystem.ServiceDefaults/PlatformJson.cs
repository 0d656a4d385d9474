using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiedmontSystem.ServiceDefaults;

/// <summary>
/// The platform's JSON conventions: camelCase members, enums as kebab-case strings
/// (<c>research-body</c>), instants with the Europe/Rome offset (<see cref="RomeInstants"/>), web defaults otherwise. The APIs use them; clients and tests can too.
/// </summary>
public static class PlatformJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new RomeInstantJsonConverter());
        return options;
    }
}
