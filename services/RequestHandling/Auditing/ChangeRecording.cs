using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.RequestHandling.Auditing;

/// <summary>Who made a change, when, and under which correlation id: what every recorded change carries.</summary>
public sealed record ChangeAuthor(DateTimeOffset Now, string Actor, string? CorrelationId);

public static class ChangeRecording
{
    /// <summary>
    /// A state change is announced and audited together: stages its integration event and its
    /// audit entry, which the caller's <c>SaveChanges</c> commits with the change itself.
    /// </summary>
    public static void RecordChange<TEvent>(this DbContext db, ChangeAuthor author, TEvent integrationEvent, string action, string entityType, object entityId, object? details = null)
        where TEvent : class, IIntegrationEvent
    {
        db.AddIntegrationEvent(integrationEvent, author.CorrelationId);
        db.AddAuditEntry(author.Now, author.Actor, action, entityType, entityId, details);
    }
}
