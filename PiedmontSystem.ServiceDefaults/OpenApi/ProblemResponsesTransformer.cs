using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>
/// Declares on every operation the error answers the platform really gives, each as
/// <c>application/problem+json</c>: what follows from the shared middleware and the operation's
/// shape is derived here, so a new endpoint is documented truly without a line of its own; what
/// only the handler knows (If-Match, Idempotency-Key) is declared where the endpoint is mapped
/// (see <see cref="EndpointDocumentation"/>).
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        foreach (var header in metadata.OfType<RequestHeaderMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        var hasBody = operation.RequestBody is not null;
        var authorized = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var method = description.HttpMethod ?? HttpMethods.Get;
        var changesState = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        operation.Responses ??= [];

        if (hasBody || operation.Parameters is { Count: > 0 })
        {
            Declare(operation, context, StatusCodes.Status400BadRequest, "A parameter, header or body member is not valid; `errors` names each field.", ProblemSchemas.Validation);
        }
        if (authorized)
        {
            Declare(operation, context, StatusCodes.Status401Unauthorized, "No valid bearer token was sent.");
            Declare(operation, context, StatusCodes.Status403Forbidden, "The token's role, organisation or cluster does not allow this.");
        }
        if (description.RelativePath?.Contains('{') == true)
        {
            Declare(operation, context, StatusCodes.Status404NotFound, "Nothing has the identifier in the path.");
            // A malformed identifier matches no route, and an unmatched path asks for a token
            // (the authorization fallback policy), so even a public read can answer 401.
            Declare(operation, context, StatusCodes.Status401Unauthorized, "No valid bearer token was sent (also for a malformed identifier in the path of a public read).");
        }
        if (changesState)
        {
            Declare(operation, context, StatusCodes.Status409Conflict, "A rule refuses the change in the resource's current state; `type` names the rule (docs/problems.md).");
            Declare(operation, context, StatusCodes.Status422UnprocessableEntity, "A rule refuses the request; `type` names the rule (docs/problems.md).");
        }
        if (hasBody)
        {
            Declare(operation, context, StatusCodes.Status413PayloadTooLarge, "The body is larger than the platform accepts.");
            Declare(operation, context, StatusCodes.Status415UnsupportedMediaType, "The body is not `application/json`.");
        }
        // The document's server is the gateway, which answers these for every route.
        Declare(operation, context, StatusCodes.Status429TooManyRequests, "The gateway's rate limit for this client is exhausted; retry after `Retry-After`.");
        Declare(operation, context, StatusCodes.Status502BadGateway, "The gateway could not reach the service.");
        Declare(operation, context, StatusCodes.Status503ServiceUnavailable, "The service or its database is briefly unavailable; retry after `Retry-After`.");

        // Every error answer, also those declared where the endpoint is mapped, carries problem details.
        foreach (var (status, response) in operation.Responses)
        {
            if (status.Length == 3 && status[0] is '4' or '5' && response is OpenApiResponse declared && declared.Content is not { Count: > 0 })
            {
                declared.Content = ProblemContent(context, ProblemSchemas.Problem);
            }
        }
        return Task.CompletedTask;
    }

    private static void Declare(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, string schema = ProblemSchemas.Problem)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse { Content.Count: > 0 })
        {
            return;
        }
        operation.Responses[key] = new OpenApiResponse { Description = description, Content = ProblemContent(context, schema) };
    }

    private static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiOperationTransformerContext context, string schema) => new()
    {
        ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(schema, context.Document) },
    };
}
