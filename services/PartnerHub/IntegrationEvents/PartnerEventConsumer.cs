using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Domain.Events;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.PartnerHub.Infrastructure.Delivery;

namespace PiedmontSystem.PartnerHub.IntegrationEvents;

/// <summary>
/// Receives every catalogued event on the hub's own queue, keeps it, and gives a delivery to each
/// active subscription it matches — in one transaction, so a crash loses neither the event nor a
/// delivery, and a redelivered event (same message id) changes nothing.
/// </summary>
public sealed class PartnerEventConsumer<TEvent>(PartnerHubDbContext db, DeliverySignal signal, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
{
    private static readonly CatalogueEntry Entry = EventCatalogue.Of(typeof(TEvent));

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TEvent).Name} arrived without a message id; it cannot be delivered once per partner.");
        var cancellationToken = context.CancellationToken;
        var data = DataOf(context);
        using var json = JsonDocument.Parse(data);
        var facets = EventFacets.Of(Entry.WebhookType, json.RootElement);
        var type = Entry.WebhookType;
        var traceParent = Activity.Current?.Id;

        var woken = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var firstTime = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO partner_events (message_id, webhook_type, received_at, data, cluster_codes, call_codes, priority_systems, trace_parent)
                VALUES ({messageId}, {type}, {now}, {data}::json, {facets.ClusterCodes.ToArray()}, {facets.CallCodes.ToArray()}, {facets.PrioritySystems.ToArray()}, {traceParent})
                ON CONFLICT (message_id) DO NOTHING
                """, cancellationToken) == 1;
            if (!firstTime)
            {
                return [];
            }
            var candidates = await db.Subscriptions.AsNoTracking().IgnoreAutoIncludes()
                .Where(s => s.Status == SubscriptionStatus.Active && s.EventTypes.Contains(type))
                .Select(s => new { s.Id, s.EventTypes, s.ClusterCodes, s.CallCodes, s.PrioritySystems })
                .ToListAsync(cancellationToken);
            var matching = candidates
                .Where(s => new WebhookFilter(s.EventTypes, s.ClusterCodes, s.CallCodes, s.PrioritySystems).Matches(type, facets))
                .Select(s => s.Id).ToList();
            db.Deliveries.AddRange(matching.Select(id => WebhookDelivery.Create(id, messageId, type, now)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return matching;
        });
        signal.Wake(woken);
    }

    /// <summary>The event's fields exactly as published: the envelope's <c>message</c>, not a re-serialisation.</summary>
    private static string DataOf(ConsumeContext<TEvent> context)
    {
        using var envelope = JsonDocument.Parse(context.ReceiveContext.Body.GetBytes());
        return envelope.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
            ? message.GetRawText()
            : throw new InvalidOperationException($"{Entry.WebhookType} {context.MessageId} has no message object in its envelope.");
    }
}
