namespace PiedmontSystem.Messaging.Inbox;

/// <summary>
/// A message a consumer has already applied. Written in the same transaction as the consumer's
/// effect, so a redelivered message (same id, same consumer) finds it and changes nothing.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public string Consumer { get; init; } = "";
    public string? MessageType { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
