using System.Security.Cryptography;
using System.Text.Json;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;
using RabbitMQ.Client;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// One message of an error queue as the hub read it: its body byte for byte, its AMQP properties
/// (kept to republish it as it was) and its headers as text, and what MassTransit wrote about the fault.
/// </summary>
public sealed class FailedCopy
{
    private FailedCopy(ulong deliveryTag, bool redelivered, IReadOnlyBasicProperties properties, byte[] body)
    {
        DeliveryTag = deliveryTag;
        Redelivered = redelivered;
        Properties = properties;
        Body = body;
        Headers = (properties.Headers ?? new Dictionary<string, object?>())
            .ToDictionary(h => h.Key, h => FaultHeaders.Text(h.Value), StringComparer.OrdinalIgnoreCase);
        MessageId = properties.MessageId is { Length: > 0 and <= MaxMessageId } id ? id
            : EnvelopeMessageId(body) is { Length: > 0 and <= MaxMessageId } envelopeId ? envelopeId
            : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body))[..32];
        Fault = new FaultDescription(
            MessageId,
            EnvelopeMessageType(body) ?? Header(FaultHeaders.MessageType) ?? properties.Type,
            Header(FaultHeaders.ConsumerType),
            Header(FaultHeaders.ExceptionType),
            Header(FaultHeaders.Message),
            FaultHeaders.Instant(Header(FaultHeaders.Timestamp)));
    }

    /// <summary>The longest message id the hub keeps as it is; a longer one (or none) is replaced by a hash of the body.</summary>
    public const int MaxMessageId = 200;

    public ulong DeliveryTag { get; }

    /// <summary>Whether RabbitMQ delivered it before (a console read requeues what it read).</summary>
    public bool Redelivered { get; }

    /// <summary>The AMQP message id, else the envelope's <c>messageId</c>, else a hash of the body.</summary>
    public string MessageId { get; }

    public IReadOnlyBasicProperties Properties { get; }

    public byte[] Body { get; }

    public IReadOnlyDictionary<string, string?> Headers { get; }

    public FaultDescription Fault { get; }

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    public static FailedCopy From(BasicGetResult result) =>
        new(result.DeliveryTag, result.Redelivered, result.BasicProperties, result.Body.ToArray());

    /// <summary>The properties and headers to publish it again with: as first sent, without what the move to the error queue added.</summary>
    public BasicProperties ForReplay()
    {
        var properties = new BasicProperties(Properties)
        {
            Headers = (Properties.Headers ?? new Dictionary<string, object?>())
                .Where(h => !FaultHeaders.IsFaultHeader(h.Key))
                .ToDictionary(h => h.Key, h => h.Value),
        };
        return properties;
    }

    /// <summary>The properties and headers as JSON, for the copy a discard keeps.</summary>
    public string PropertiesJson() => JsonSerializer.Serialize(new
    {
        messageId = Properties.MessageId,
        correlationId = Properties.CorrelationId,
        contentType = Properties.ContentType,
        contentEncoding = Properties.ContentEncoding,
        type = Properties.Type,
        deliveryMode = (int)Properties.DeliveryMode,
        timestamp = Properties.IsTimestampPresent() ? DateTimeOffset.FromUnixTimeSeconds(Properties.Timestamp.UnixTime) : (DateTimeOffset?)null,
        headers = Headers,
    });

    private static string? EnvelopeMessageId(byte[] body) => ReadEnvelope(body, envelope =>
        envelope.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null);

    /// <summary>The first URN of a MassTransit envelope's <c>messageType</c>, e.g. <c>urn:message:piedmont:registry:organisation-registered:v1</c>.</summary>
    private static string? EnvelopeMessageType(byte[] body) => ReadEnvelope(body, envelope =>
        envelope.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
            ? types[0].GetString()
            : null);

    private static string? ReadEnvelope(byte[] body, Func<JsonElement, string?> read)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object ? read(json.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
