using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>
/// An enum's shared schema is a string from its list, never null. The generator adds null to the
/// list when some member is a nullable enum, and also wraps that member in
/// <c>oneOf [null, $ref]</c>: a null then matches both alternatives, which <c>oneOf</c> refuses,
/// so no null could ever validate. Nullability stays on the member, where it belongs.
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!type.IsEnum || schema.Enum is not { Count: > 0 } values)
        {
            return Task.CompletedTask;
        }
        schema.Enum = values.Where(v => v is JsonValue).ToList();
        schema.Type = JsonSchemaType.String;
        return Task.CompletedTask;
    }
}
