using Microsoft.AspNetCore.Http.HttpResults;
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
        return app;
    }

    public static Ok<Page<EventTypeResponse>> ListEventTypes() => TypedResults.Ok(Paging.Whole(EventCatalogue.All.Select(EventTypeResponse.Of).ToList()));
}
