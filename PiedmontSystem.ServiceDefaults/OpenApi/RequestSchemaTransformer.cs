using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>
/// Request schemas say what the API really demands. The generator marks every constructor
/// parameter of a record as required, but a body may leave out any member that carries no
/// <see cref="RequiredAttribute"/> (binding gives it its default); that the required ones also
/// refuse null is said once the document is whole (<see cref="RequiredMembersRefuseNull"/>).
/// </summary>
internal sealed class RequestSchemaTransformer(RequestBodyTypes requestTypes) : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var info = context.JsonTypeInfo;
        if (info.Kind != JsonTypeInfoKind.Object || !requestTypes.Contains(info.Type) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        var required = new HashSet<string>();
        foreach (var property in info.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }
            if (IsRequired(property))
            {
                required.Add(property.Name);
            }
            else if (property.PropertyType == typeof(string) && propertySchema is OpenApiSchema text)
            {
                MatchEmptyString(text, Attributes(property));
            }
        }
        schema.Required = required;
        return Task.CompletedTask;
    }

    /// <summary>
    /// An optional string's schema takes the empty string exactly when its validation attributes
    /// do: a VAT number, e-mail or URL attribute refuses it (minLength 1), while a regular
    /// expression attribute lets it through whatever the pattern says (so the pattern allows it).
    /// </summary>
    private static void MatchEmptyString(OpenApiSchema schema, IReadOnlyList<ValidationAttribute> attributes)
    {
        if (attributes.Any(a => !a.IsValid(string.Empty)))
        {
            schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
        }
        else if (schema.Pattern is { } pattern && attributes.OfType<RegularExpressionAttribute>().Any())
        {
            schema.Pattern = $"^$|(?:{pattern})";
        }
    }

    private static List<ValidationAttribute> Attributes(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Cast<ValidationAttribute>().ToList() ?? [];

    private static bool IsRequired(JsonPropertyInfo property) =>
        property.IsRequired || property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;

}
