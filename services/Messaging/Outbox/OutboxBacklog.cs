using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>What a service's outbox holds unsent: how many rows, and when the oldest of them was written.</summary>
public sealed record OutboxBacklog(int Unsent, DateTimeOffset? OldestUnsentAt)
{
    /// <summary>How long the oldest unsent row has waited at <paramref name="now"/>; null when none waits.</summary>
    public TimeSpan? OldestUnsentAge(DateTimeOffset now) =>
        OldestUnsentAt is { } oldest ? (now > oldest ? now - oldest : TimeSpan.Zero) : null;

    /// <summary>
    /// Reads the backlog of <paramref name="db"/>'s outbox: rows not yet sent, whether due or
    /// waiting out a back-off. Both queries stay on the unsent rows (the outbox's partial index).
    /// </summary>
    public static async Task<OutboxBacklog> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var unsent = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
        var count = await unsent.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await unsent.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        return new OutboxBacklog(count, oldest);
    }
}
