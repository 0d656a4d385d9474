using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Stages an integration event in the outbox of <paramref name="db"/>. It is written by the
    /// next <c>SaveChanges</c>, in the same transaction as the state change it announces, and
    /// published after commit; if the transaction rolls back, the event never existed.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent, string? correlationId = null)
        where TEvent : class, IIntegrationEvent
    {
        var payload = JsonSerializer.Serialize(integrationEvent, JsonSerializerOptions.Web);
        var message = OutboxMessage.Create(
            IntegrationEventTypes.UrnOf(typeof(TEvent)),
            payload,
            Activity.Current?.Id,
            correlationId,
            integrationEvent.OccurredAt);
        db.Set<OutboxMessage>().Add(message);
    }
}
