using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.Webhooks;

/// <summary>What happened to a subscription's deliveries, and sending them again.</summary>
public static class DeliveryLogApi
{
    /// <summary>Most events one replay sends again.</summary>
    public const int MaxReplay = 100_000;

    public static IEndpointRouteBuilder MapDeliveryLogApi(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/partners/webhooks/{id:guid}").WithTags("Webhooks").RequireAuthorization(Policies.PartnerSystem);
        webhooks.MapGet("/deliveries", ListDeliveries).WithName(nameof(ListDeliveries))
            .WithSummary("Each event sent to the subscription and where its delivery stands (pending, delivered, failed), newest first");
        webhooks.MapGet("/attempts", ListAttempts).WithName(nameof(ListAttempts))
            .WithSummary("The delivery log: every call to the endpoint with its status code, latency and an excerpt of the answer, newest first");
        webhooks.MapPost("/replay", Replay).WithName(nameof(Replay))
            .WithSummary("Send one event again (messageId), or every matching event received since an instant (since); same webhook-id as before")
            .ValidateRequest<ReplayRequest>();
        return app;
    }

    public static async Task<Results<Ok<Page<DeliveryResponse>>, NotFound>> ListDeliveries(Guid id, [AsParameters] PartnerHubServices services,
        string? status, string? cursor, int? limit)
    {
        if (await WebhookSubscriptionsApi.OwnAsync(id, services, tracking: false) is null)
        {
            return TypedResults.NotFound();
        }
        var query = services.Db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (QueryValues.Enum<DeliveryStatus>(status, nameof(status)) is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }
        var page = await DeliveriesNewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(DeliveryResponse.Of));
    }

    public static async Task<Results<Ok<Page<AttemptResponse>>, NotFound>> ListAttempts(Guid id, [AsParameters] PartnerHubServices services,
        bool? succeeded, Guid? messageId, string? cursor, int? limit)
    {
        if (await WebhookSubscriptionsApi.OwnAsync(id, services, tracking: false) is null)
        {
            return TypedResults.NotFound();
        }
        var query = services.Db.Attempts.AsNoTracking().Where(a => a.SubscriptionId == id);
        if (succeeded is { } s)
        {
            query = query.Where(a => a.Succeeded == s);
        }
        if (messageId is { } m)
        {
            query = query.Where(a => a.MessageId == m);
        }
        var page = await AttemptsNewestFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(AttemptResponse.Of));
    }

    public static async Task<Results<Accepted<ReplayResponse>, NotFound>> Replay(Guid id, ReplayRequest request, [AsParameters] PartnerHubServices services, DeliverySignal signal)
    {
        var subscription = await WebhookSubscriptionsApi.OwnAsync(id, services, tracking: false);
        if (subscription is null)
        {
            return TypedResults.NotFound();
        }
        var types = subscription.EventTypes;
        var events = services.Db.Events.AsNoTracking().Where(e => types.Contains(e.WebhookType));
        events = request.MessageId is { } messageId ? events.Where(e => e.MessageId == messageId) : events.Where(e => e.ReceivedAt >= request.Since);
        var candidates = await events.OrderBy(e => e.ReceivedAt).Take(MaxReplay + 1)
            .Select(e => new { e.MessageId, e.WebhookType, e.ClusterCodes, e.CallCodes, e.PrioritySystems }).ToListAsync(services.Cancellation);
        if (candidates.Count > MaxReplay)
        {
            throw new RequestValidationException("since", $"More than {MaxReplay:N0} events match; replay from a later instant.");
        }
        var filter = subscription.Filter;
        var matching = candidates.Where(e => filter.Matches(e.WebhookType, new Domain.Events.EventFacets(e.ClusterCodes, e.CallCodes, e.PrioritySystems))).ToList();
        if (request.MessageId is not null && matching.Count == 0)
        {
            throw new RequestValidationException("messageId", "No event with this id that the subscription receives is kept (events are kept for the retention period).");
        }
        var now = services.Now;
        var ids = matching.Select(_ => Guid.CreateVersion7(now)).ToArray();
        var messageIds = matching.Select(e => e.MessageId).ToArray();
        var webhookTypes = matching.Select(e => e.WebhookType).ToArray();
        // A new series of attempts for each: same webhook-id, retried for a new retry period.
        await services.Db.Database.ExecuteSqlAsync($"""
            INSERT INTO webhook_deliveries (id, subscription_id, message_id, webhook_type, status, attempts, next_attempt_at, series_started_at, created_at)
            SELECT u.id, {subscription.Id}, u.message_id, u.webhook_type, 'Pending', 0, {now}, {now}, {now}
            FROM unnest({ids}, {messageIds}, {webhookTypes}) AS u(id, message_id, webhook_type)
            ON CONFLICT (subscription_id, message_id) DO UPDATE
            SET status = 'Pending', next_attempt_at = {now}, series_started_at = {now}, lease_until = NULL
            """, services.Cancellation);
        services.Audit("webhook-subscription.replayed", "webhook-subscription", subscription.Id, new { request.MessageId, request.Since, replayed = matching.Count });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        services.HttpContext.Response.OnCompleted(() =>
        {
            signal.Wake([subscription.Id]);
            return Task.CompletedTask;
        });
        return TypedResults.Accepted($"/api/partners/webhooks/{subscription.Id}/deliveries", new ReplayResponse(matching.Count));
    }

    private static readonly Keyset<WebhookDelivery, DateTimeOffset> DeliveriesNewestFirst =
        Keyset.By<WebhookDelivery, DateTimeOffset>(d => d.CreatedAt, d => d.Id, descending: true);

    private static readonly Keyset<DeliveryAttempt, DateTimeOffset> AttemptsNewestFirst =
        Keyset.By<DeliveryAttempt, DateTimeOffset>(a => a.AttemptedAt, a => a.Id, descending: true);
}
