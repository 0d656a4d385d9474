using Microsoft.AspNetCore.Http.HttpResults;
using PiedmontSystem.AsyncApi;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Apis.Webhooks;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.PartnerHub.Apis;

/// <summary>The event catalogue, public: what a partner can subscribe to.</summary>
public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/event-types", ListEventTypes).WithName(nameof(ListEventTypes)).WithTags("Catalogue")
            .WithSummary("Every event type partners can receive, with the scope that grants it and its exchange").AllowAnonymous();
        app.MapGet("/api/partners/asyncapi.json", GetAsyncApiDocument).WithName(nameof(GetAsyncApiDocument)).WithTags("Catalogue")
            .WithSummary("The AsyncAPI 3.0 document of every event: exchanges, envelope, contracts' schemas with examples, the webhook variant")
            .Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, "application/json").AllowAnonymous();
        return app;
    }

    /// <summary>Generated from the contracts at start (the same as docs/asyncapi.json, which a test keeps equal).</summary>
    public static IResult GetAsyncApiDocument() => Results.Text(AsyncApiDocument.Generate(), "application/json", System.Text.Encoding.UTF8);

    public static Ok<Page<EventTypeResponse>> ListEventTypes() => TypedResults.Ok(Paging.Whole(EventCatalogue.All.Select(EventTypeResponse.Of).ToList()));
}
