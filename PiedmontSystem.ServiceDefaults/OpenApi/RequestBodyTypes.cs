using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>
/// The types the APIs read from request bodies, with every type nested in them. Their schemas
/// describe what a client may send (see <see cref="RequestSchemaTransformer"/>); every other
/// object schema describes an answer, whose members the serializer always writes.
/// </summary>
public sealed class RequestBodyTypes(IApiDescriptionGroupCollectionProvider descriptions, IOptions<JsonOptions> json)
{
    private readonly Lazy<HashSet<Type>> _types = new(() => Collect(descriptions, json.Value.SerializerOptions));

    public bool Contains(Type type) => _types.Value.Contains(type);

    private static HashSet<Type> Collect(IApiDescriptionGroupCollectionProvider descriptions, JsonSerializerOptions options)
    {
        var types = new HashSet<Type>();
        var bodies = descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body && p.Type is not null)
            .Select(p => p.Type);
        foreach (var body in bodies)
        {
            Walk(body, options, types);
        }
        return types;
    }

    private static void Walk(Type type, JsonSerializerOptions options, HashSet<Type> types)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type == typeof(string) || !types.Add(type))
        {
            return;
        }
        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    Walk(property.PropertyType, options, types);
                }
                break;
            case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary when info.ElementType is { } element:
                Walk(element, options, types);
                break;
        }
    }
}
