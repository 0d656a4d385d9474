namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, stored by the same transaction as the change
/// it announces. Its <see cref="Id"/> becomes the message id, which consumers deduplicate on.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Insertion order; the dispatcher publishes in this order.</summary>
    public long Sequence { get; private set; }

    /// <summary>Stable message URN of the contract (survives renaming the CLR type).</summary>
    public string MessageType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    /// <summary>W3C trace context of the request that made the change, so the trace continues in consumers.</summary>
    public string? TraceParent { get; private set; }

    public string? CorrelationId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? LastError { get; private set; }

    internal static OutboxMessage Create(string messageType, string payload, string? traceParent, string? correlationId, DateTimeOffset now) => new()
    {
        Id = OutboxIds.Next(now),
        MessageType = messageType,
        Payload = payload,
        TraceParent = traceParent,
        CorrelationId = correlationId,
        OccurredAt = now,
        NextAttemptAt = now,
    };

    internal void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>The broker could not take it: try again on the dispatcher's next round.</summary>
    internal void MarkBrokerFailure(string error)
    {
        Attempts++;
        LastError = Truncate(error);
    }

    /// <summary>
    /// This message itself cannot be published (e.g. its type is unknown to this build): park it
    /// with a growing delay, capped, so it is still retried but never blocks the others.
    /// </summary>
    internal void MarkMessageFailure(string error, DateTimeOffset now, TimeSpan maxDelay)
    {
        Attempts++;
        LastError = Truncate(error);
        var delay = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(Attempts, 16)));
        NextAttemptAt = now + (delay < maxDelay ? delay : maxDelay);
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];
}
