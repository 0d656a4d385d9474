using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>
/// In the schemas a client sends, a required member refuses null (and a required string the empty
/// string), as <c>[Required]</c> does. Done on the whole document because the generator wraps a
/// nullable object or enum member in <c>oneOf [null, $ref]</c> only after the schema transformers.
/// </summary>
internal sealed class RequiredMembersRefuseNull : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var bodies = document.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? [])
            .Select(media => media.Schema);
        var visited = new HashSet<IOpenApiSchema>();
        foreach (var body in bodies)
        {
            Visit(body, document, visited);
        }
        return Task.CompletedTask;
    }

    private static void Visit(IOpenApiSchema? schema, OpenApiDocument document, HashSet<IOpenApiSchema> visited)
    {
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id)
        {
            schema = document.Components?.Schemas is { } components && components.TryGetValue(id, out var component) ? component : null;
        }
        if (schema is not OpenApiSchema target || !visited.Add(target))
        {
            return;
        }
        if (target.Properties is { } properties)
        {
            foreach (var name in target.Required ?? new HashSet<string>())
            {
                if (properties.TryGetValue(name, out var member))
                {
                    properties[name] = RefusingNull(member);
                }
            }
            foreach (var member in properties.Values)
            {
                Visit(member, document, visited);
            }
        }
        Visit(target.Items, document, visited);
        Visit(target.AdditionalProperties, document, visited);
        foreach (var alternative in (target.OneOf ?? []).Concat(target.AnyOf ?? []).Concat(target.AllOf ?? []))
        {
            Visit(alternative, document, visited);
        }
    }

    private static IOpenApiSchema RefusingNull(IOpenApiSchema member)
    {
        if (member is not OpenApiSchema schema)
        {
            return member;
        }
        if (schema.OneOf is { Count: 2 } alternatives && alternatives.Count(a => a.Type == JsonSchemaType.Null) == 1)
        {
            return alternatives.Single(a => a.Type != JsonSchemaType.Null);
        }
        if (schema.Type is { } type)
        {
            schema.Type = type & ~JsonSchemaType.Null;
            if (schema.Type == JsonSchemaType.String)
            {
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
            }
        }
        return schema;
    }
}
