using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Apis.Webhooks;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.Operations;

/// <summary>Operators see every partner's subscriptions and which endpoints are failing.</summary>
public static class WebhookEndpointsApi
{
    public static IEndpointRouteBuilder MapWebhookEndpointsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/operations/webhooks", ListAllSubscriptions).WithName(nameof(ListAllSubscriptions)).WithTags("Operations")
            .WithSummary("Every partner's subscriptions, newest first; failing=true for those whose endpoint's last answer was a failure, or disabled")
            .RequireAuthorization(Policies.Operator);
        return app;
    }

    public static async Task<Ok<Page<WebhookSubscriptionResponse>>> ListAllSubscriptions([AsParameters] PartnerHubServices services,
        bool? failing, string? partnerId, string? cursor, int? limit)
    {
        var query = services.Db.Subscriptions.AsNoTracking();
        if (failing == true)
        {
            query = query.Where(s => s.ConsecutiveFailures > 0 || s.Status == SubscriptionStatus.Disabled);
        }
        if (!string.IsNullOrWhiteSpace(partnerId))
        {
            query = query.Where(s => s.PartnerId == partnerId);
        }
        var page = await WebhookSubscriptionsApi.NewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(s => WebhookSubscriptionResponse.Of(s, services.Now)));
    }
}
