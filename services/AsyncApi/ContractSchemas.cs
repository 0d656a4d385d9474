using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.AsyncApi;

/// <summary>
/// The JSON schema of a contract as the bus really writes it: exported by System.Text.Json from
/// the bus's own options (<see cref="WireFormat.BusOptions"/>), then corrected where a converter
/// hides the truth from the exporter.
/// </summary>
/// <remarks>
/// What the exporter does not see, and is corrected here:
/// <list type="bullet">
/// <item>decimals: MassTransit's converter writes them as JSON strings (<c>"48500.50"</c>), the exporter
/// only says "anything";</item>
/// <item>nullability: taken from the contracts' annotations (a non-nullable string is never null), and
/// for list elements, which System.Text.Json does not read, from <see cref="NullabilityInfoContext"/>;</item>
/// <item>enums would be written as numbers (the bus has no enum converter): a contract must spell them as
/// kebab-case strings, so one is refused here.</item>
/// </list>
/// Null values are written (the bus's options do not omit them), so a nullable field is present
/// with <c>null</c>. <c>required</c> lists the positional fields without a default value; those with
/// one were added to their version later and are absent from older events (docs/events.md, "Versioning").
/// </remarks>
internal static class ContractSchemas
{
    private static readonly JsonSerializerOptions SchemaOptions = new(WireFormat.BusOptions)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly Assembly ContractsAssembly = typeof(IIntegrationEvent).Assembly;

    /// <summary>The schema of <paramref name="type"/>; records it contains are <c>$ref</c>s, reported to <paramref name="referenced"/>.</summary>
    public static JsonObject Of(Type type, Action<Type> referenced)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) => Correct(context, schema, referenced),
        };
        return (JsonObject)SchemaOptions.GetJsonSchemaAsNode(type, exporter);
    }

    /// <summary>Whether a type is a record of <c>services/Contracts</c> that gets a schema of its own.</summary>
    public static bool IsContractRecord(Type type) =>
        type.Assembly == ContractsAssembly && type is { IsClass: true, IsAbstract: false } && type != typeof(string);

    private static JsonNode Correct(JsonSchemaExporterContext context, JsonNode schema, Action<Type> referenced)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var isRoot = context.Path.IsEmpty;
        if (underlying.IsEnum)
        {
            throw new InvalidOperationException(
                $"{Describe(context)} is the enum {underlying.Name}: the bus would write it as a number. Contracts spell enumerations as kebab-case strings (docs/events.md).");
        }

        if (underlying == typeof(decimal))
        {
            // MassTransit's StringDecimalJsonConverter: invariant culture, no exponent, the value's own scale.
            schema = new JsonObject
            {
                ["type"] = underlying == type ? "string" : new JsonArray("string", "null"),
                ["pattern"] = WireFormat.DecimalPattern,
            };
        }
        else if (schema is not JsonObject { Count: > 0 })
        {
            throw new InvalidOperationException(
                $"{Describe(context)} ({type.Name}) has a converter that hides its JSON shape from the schema exporter: describe it in {nameof(ContractSchemas)}.");
        }
        else if (!isRoot && IsContractRecord(underlying))
        {
            referenced(underlying);
            var reference = new JsonObject { ["$ref"] = WireFormat.SchemaRef(underlying.Name) };
            schema = schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")
                ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) }
                : reference;
        }

        if (isRoot && IsContractRecord(type))
        {
            var root = (JsonObject)schema;
            root["type"] = "object";
            var ordered = new JsonObject { ["title"] = type.Name };
            if (ContractDocumentation.Summary(type) is { } summary)
            {
                ordered["description"] = summary;
            }
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }
            return ordered;
        }

        if (context.PropertyInfo is { } property)
        {
            CorrectElementNullability(property, schema);
            var description = property.AttributeProvider is MemberInfo member ? ContractDocumentation.Field(property.DeclaringType, member.Name) : null;
            if (schema is JsonObject obj && obj.ContainsKey("$ref"))
            {
                // Beside a $ref, other keywords are ignored: the description goes on a wrapper.
                schema = new JsonObject { ["allOf"] = new JsonArray(obj) };
            }
            if (description is not null)
            {
                schema = WithDescriptionFirst((JsonObject)schema, description);
            }
        }
        return schema;
    }

    /// <summary>
    /// System.Text.Json does not read the nullability of a list's elements (<c>IReadOnlyList&lt;string&gt;</c>
    /// vs <c>IReadOnlyList&lt;string?&gt;</c>); the exporter was told to take them as non-nullable,
    /// and this puts <c>null</c> back where the contract allows it.
    /// </summary>
    private static void CorrectElementNullability(JsonPropertyInfo property, JsonNode schema)
    {
        if (property.AttributeProvider is not PropertyInfo clrProperty || schema is not JsonObject { } obj || obj["items"] is not JsonObject items)
        {
            return;
        }
        var nullability = new NullabilityInfoContext().Create(clrProperty);
        var element = nullability.ElementType ?? nullability.GenericTypeArguments.FirstOrDefault();
        if (element is { ReadState: NullabilityState.Nullable } && items["type"] is JsonValue single)
        {
            items["type"] = new JsonArray(single.GetValue<string>(), "null");
        }
    }

    private static JsonObject WithDescriptionFirst(JsonObject schema, string description)
    {
        var result = new JsonObject { ["description"] = description };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            if (key != "description")
            {
                result[key] = value;
            }
        }
        return result;
    }

    private static string Describe(JsonSchemaExporterContext context) =>
        context.PropertyInfo is { } property ? $"{property.DeclaringType.Name}.{property.Name}" : context.TypeInfo.Type.Name;
}
