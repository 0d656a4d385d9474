namespace PiedmontSystem.PartnerHub.Domain.FailedMessages;

/// <summary>
/// The hub's record of one message that reached an error queue (<c>&lt;queue&gt;_error</c>): when it
/// first and last failed as far as the hub has seen, what it did with it since (replays, a
/// discard with its reason and a copy). The message itself stays in RabbitMQ until replayed or
/// discarded; this record outlives it. One per error queue and message id.
/// </summary>
public sealed class FailedMessage
{
    public Guid Id { get; private init; }

    public string ErrorQueue { get; private init; } = "";

    public string MessageId { get; private init; } = "";

    public string? MessageType { get; private set; }

    public string? ConsumerType { get; private set; }

    public string? ExceptionType { get; private set; }

    public string? ExceptionMessage { get; private set; }

    /// <summary>The earliest fault timestamp the hub has seen on this message.</summary>
    public DateTimeOffset FirstFailedAt { get; private set; }

    /// <summary>The latest: a replayed message that failed again moves it.</summary>
    public DateTimeOffset LastFailedAt { get; private set; }

    public DateTimeOffset LastSeenAt { get; private set; }

    public int Replays { get; private set; }

    public DateTimeOffset? LastReplayedAt { get; private set; }

    public string? LastReplayedBy { get; private set; }

    public DateTimeOffset? DiscardedAt { get; private set; }

    public string? DiscardedBy { get; private set; }

    public string? DiscardReason { get; private set; }

    /// <summary>The discarded message's body, byte for byte.</summary>
    public byte[]? DiscardedBody { get; private set; }

    /// <summary>The discarded message's AMQP properties and headers, as JSON.</summary>
    public string? DiscardedProperties { get; private set; }

    public static FailedMessage Seen(string errorQueue, FaultDescription fault, DateTimeOffset now)
    {
        var record = new FailedMessage
        {
            Id = Guid.CreateVersion7(now),
            ErrorQueue = errorQueue,
            MessageId = fault.MessageId,
            FirstFailedAt = fault.FailedAt ?? now,
            LastFailedAt = fault.FailedAt ?? now,
        };
        record.SeenAgain(fault, now);
        return record;
    }

    /// <summary>The message was in the error queue again: a fault later than the last one moves <see cref="LastFailedAt"/>.</summary>
    public void SeenAgain(FaultDescription fault, DateTimeOffset now)
    {
        if (fault.FailedAt is { } failedAt)
        {
            FirstFailedAt = failedAt < FirstFailedAt ? failedAt : FirstFailedAt;
            LastFailedAt = failedAt > LastFailedAt ? failedAt : LastFailedAt;
        }
        MessageType = Cut(fault.MessageType, 500) ?? MessageType;
        ConsumerType = Cut(fault.ConsumerType, 500) ?? ConsumerType;
        ExceptionType = Cut(fault.ExceptionType, 500) ?? ExceptionType;
        ExceptionMessage = Cut(fault.ExceptionMessage, 4000) ?? ExceptionMessage;
        LastSeenAt = now;
    }

    /// <summary>Headers are written by whoever sent the message: the record keeps the start of a long one.</summary>
    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";

    public void Replayed(string by, DateTimeOffset now)
    {
        Replays++;
        LastReplayedAt = now;
        LastReplayedBy = by;
    }

    public void Discard(string reason, byte[] body, string properties, string by, DateTimeOffset now)
    {
        DiscardedAt = now;
        DiscardedBy = by;
        DiscardReason = reason;
        DiscardedBody = body;
        DiscardedProperties = properties;
    }
}

/// <summary>What MassTransit wrote on a message it moved to an error queue, read from its headers.</summary>
public sealed record FaultDescription(
    string MessageId,
    string? MessageType,
    string? ConsumerType,
    string? ExceptionType,
    string? ExceptionMessage,
    DateTimeOffset? FailedAt);
