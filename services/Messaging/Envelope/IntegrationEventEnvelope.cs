using MassTransit;

namespace PiedmontSystem.Messaging.Envelope;

/// <summary>
/// The JSON envelope of an integration event, exactly as docs/events.md ("Envelope") promises
/// partners: no bus addresses, no host block (machine name, process id, runtime versions), only
/// the event's own stable URN in <see cref="MessageType"/>, and MassTransit's internal headers
/// (<c>MT-*</c>) left out. MassTransit's deserializer reads it like its own envelope.
/// </summary>
internal sealed class IntegrationEventEnvelope
{
    /// <summary>Headers starting with this are MassTransit's own (e.g. <c>MT-Activity-Id</c>); partners get <c>traceparent</c> instead.</summary>
    private const string MassTransitHeaderPrefix = "MT-";

    public required string MessageId { get; init; }

    public required string[] MessageType { get; init; }

    public required DateTime SentTime { get; init; }

    public required Dictionary<string, object?> Headers { get; init; }

    public required object Message { get; init; }

    public static IntegrationEventEnvelope From<T>(SendContext<T> context)
        where T : class =>
        new()
        {
            MessageId = (context.MessageId ?? throw new InvalidOperationException("An integration event is published without a message id.")).ToString(),
            // Only the event's own URN: interfaces it implements are .NET details, not contracts.
            MessageType = [IntegrationEventTypes.UrnOf(context.Message.GetType())],
            SentTime = context.SentTime ?? DateTime.UtcNow,
            Headers = context.Headers.GetAll()
                .Where(h => h.Value is not null && !h.Key.StartsWith(MassTransitHeaderPrefix, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(h => h.Key, h => (object?)h.Value, StringComparer.OrdinalIgnoreCase),
            Message = context.Message,
        };
}
