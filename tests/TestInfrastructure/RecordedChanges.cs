using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.RequestHandling.Auditing;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>What a service under test recorded: its outbox rows and audit entries, read from its database.</summary>
public static class RecordedChanges
{
    /// <summary>The outbox rows whose payload mentions <paramref name="text"/>, oldest first (read in memory: the payload is the message's JSON).</summary>
    public static async Task<List<OutboxMessage>> OutboxMentioningAsync<TEntryPoint, TContext>(this ServiceFactory<TEntryPoint> service, string text)
        where TEntryPoint : class where TContext : DbContext =>
        (await service.QueryAsync<TContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()))
            .Where(m => m.Payload.Contains(text, StringComparison.Ordinal))
            .ToList();

    /// <summary>Message types (e.g. <c>call-published</c>) of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public static async Task<List<string>> EventsMentioningAsync<TEntryPoint, TContext>(this ServiceFactory<TEntryPoint> service, string text)
        where TEntryPoint : class where TContext : DbContext =>
        (await service.OutboxMentioningAsync<TEntryPoint, TContext>(text)).Select(m => m.MessageType.Split(':')[^2]).ToList();

    /// <summary>What a request could have changed: outbox rows and audit entries, counted.</summary>
    public static Task<(int Events, int Audit)> ChangeCountsAsync<TEntryPoint, TContext>(this ServiceFactory<TEntryPoint> service)
        where TEntryPoint : class where TContext : DbContext =>
        service.QueryAsync<TContext, (int, int)>(async db => (await db.Set<OutboxMessage>().CountAsync(), await db.Set<AuditEntry>().CountAsync()));
}
