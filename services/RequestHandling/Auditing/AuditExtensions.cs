using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.RequestHandling.Auditing;

public static class AuditExtensions
{
    /// <summary>Stages an audit entry; the next <c>SaveChanges</c> writes it with the change it records.</summary>
    public static void AddAuditEntry(this DbContext db, DateTimeOffset now, string actor, string action, string entityType, object entityId, object? details = null) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId.ToString() ?? "",
            Details = JsonSerializer.Serialize(details ?? new { }, PlatformJson.Options),
        });
}
