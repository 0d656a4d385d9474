using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>Puts the problem details schemas that the error answers refer to into every document.</summary>
internal sealed class ProblemSchemas : IOpenApiDocumentTransformer
{
    public const string Problem = nameof(ProblemDetails);
    public const string Validation = nameof(HttpValidationProblemDetails);

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, type) in new[] { (Problem, typeof(ProblemDetails)), (Validation, typeof(HttpValidationProblemDetails)) })
        {
            if (!document.Components.Schemas.ContainsKey(name))
            {
                document.Components.Schemas[name] = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
            }
        }
    }
}
