using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PiedmontSystem.ServiceDefaults.OpenApi;

/// <summary>A request header an endpoint reads, for its OpenAPI operation.</summary>
public sealed record RequestHeaderMetadata(string Name, string Description);

/// <summary>
/// What only the handler knows about an endpoint, declared where it is mapped so that its OpenAPI
/// operation tells it; everything else is derived by <see cref="ProblemResponsesTransformer"/>.
/// </summary>
public static class EndpointDocumentation
{
    /// <summary>The handler checks an <c>If-Match</c> when one is sent (412 when it names another version).</summary>
    public static RouteHandlerBuilder AcceptsIfMatch(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag you read; the change is refused with 412 if the resource has changed since."))
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>The handler demands an <c>If-Match</c> (428 without one, 412 when it names another version).</summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder builder) => builder
        .WithMetadata(new RequestHeaderMetadata("If-Match", "The ETag you read (required: 428 without it, 412 if the resource has changed since)."))
        .ProducesProblem(StatusCodes.Status412PreconditionFailed)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>A request header the endpoint reads, told in its OpenAPI operation.</summary>
    public static RouteHandlerBuilder WithRequestHeader(this RouteHandlerBuilder builder, string name, string description) =>
        builder.WithMetadata(new RequestHeaderMetadata(name, description));
}
