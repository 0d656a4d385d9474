using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.Messaging.Envelope;

namespace PiedmontSystem.AsyncApi;

/// <summary>
/// The schemas around an event's fields: the bus's envelope (<see cref="IntegrationEventEnvelope"/>)
/// and the partner hub's webhook delivery (Standard Webhooks), with their examples.
/// </summary>
internal static class WireSchemas
{
    public const string Envelope = "IntegrationEventEnvelope";
    public const string MessageId = "MessageId";
    public const string SentTime = "SentTime";
    public const string EnvelopeHeaders = "EnvelopeHeaders";
    public const string WebhookHeaders = "WebhookHeaders";
    public const string WebhookDelivery = "WebhookDelivery";
    public const string WebhookTimestamp = "WebhookTimestamp";
    public const string WebhookVerification = "WebhookVerification";

    private const string TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private const string CorrelationId = "4f1c2a9e0b7d4e55";

    /// <summary>The secret the examples' signatures are computed with (not a real subscription's).</summary>
    public const string ExampleSecret = "whsec_cGllZG1vbnQtYXN5bmNhcGktZXhhbXBsZS1zZWNyZXQ=";

    private static readonly JsonSerializerOptions Compact = new(WireFormat.BusOptions) { WriteIndented = false };

    private static readonly DateTime SentAt = ExampleEvents.OccurredAt.UtcDateTime.AddMilliseconds(42.1234);
    private static readonly DateTimeOffset DeliveredAt = new(2026, 11, 24, 17, 5, 13, TimeSpan.Zero);

    /// <summary>The envelope's fields in the order the bus writes them; checked against the envelope type.</summary>
    private static readonly string[] EnvelopeFields = ["messageId", "messageType", "sentTime", "headers", "message"];

    /// <summary>The shared schemas, in the order of the document.</summary>
    public static IEnumerable<(string Name, JsonObject Schema)> Shared()
    {
        yield return (Envelope, EnvelopeSchema(
            "An integration event as the bus sends it (docs/events.md, \"Envelope\"): exactly these fields. Each message of this document narrows `messageType` to its own URN and `message` to its contract.",
            new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^urn:message:piedmont:[a-z]+:[a-z0-9-]+:v[0-9]+$" },
                ["minItems"] = 1,
                ["maxItems"] = 1,
            },
            new JsonObject { ["type"] = "object", ["description"] = "The event's fields." }));
        yield return (MessageId, new JsonObject
        {
            ["type"] = "string",
            ["format"] = "uuid",
            ["description"] = "Unique id of this event, the same on a redelivery: deduplicate on it. A webhook delivery carries it as `webhook-id`.",
        });
        yield return (SentTime, new JsonObject
        {
            ["type"] = "string",
            ["format"] = "date-time",
            ["description"] = "When the publishing service's dispatcher sent it (UTC). When the change happened is the event's own `occurredAt`.",
        });
        yield return (EnvelopeHeaders, new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The trace of the request that caused the event; the same values travel as AMQP headers.",
            ["properties"] = new JsonObject
            {
                ["traceparent"] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                    ["description"] = "W3C trace context: the publish, a child of the request that caused the event.",
                },
                ["tracestate"] = new JsonObject { ["type"] = "string", ["description"] = "W3C trace state, only when the trace has one." },
                ["piedmont-correlation-id"] = new JsonObject { ["type"] = "string", ["description"] = "The `X-Correlation-Id` of that request, when it had one." },
            },
        });
        yield return (WebhookHeaders, new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The Standard Webhooks headers of every delivery (header names are case-insensitive). Verify the signature before trusting the body: docs/webhooks-verification.md.",
            ["required"] = new JsonArray(WireFormat.WebhookIdHeader, WireFormat.WebhookTimestampHeader, WireFormat.WebhookSignatureHeader),
            ["properties"] = new JsonObject
            {
                [WireFormat.WebhookIdHeader] = new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = "The delivery's id: the event's `messageId`, the same on every retry and redelivery (deduplicate on it); a verification delivery has an id of its own.",
                },
                [WireFormat.WebhookTimestampHeader] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = "^[0-9]+$",
                    ["description"] = "When it was sent, in Unix seconds. Refuse a delivery more than 5 minutes away from your clock: a replayed one.",
                },
                [WireFormat.WebhookSignatureHeader] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = WireFormat.SignaturePattern,
                    ["description"] = "`v1,` and the Base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` (the body's bytes as received), keyed with the subscription's secret: the Base64-decoded part of `whsec_…`. Several, space-separated, while a secret is rotated: accept the delivery when any one matches.",
                },
            },
        });
        yield return (WebhookTimestamp, new JsonObject
        {
            ["type"] = "string",
            ["format"] = "date-time",
            ["description"] = "When the partner hub received the event (ISO 8601, UTC): the same on every attempt and replay, so the body is too. The header `webhook-timestamp` says when this attempt was sent.",
        });
        yield return (WebhookDelivery, WebhookBody(
            "The body of every webhook delivery: the event's type, when the hub received it, and the event's fields exactly as in the envelope's `message`.",
            new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z]+(\\.[a-z0-9-]+)+$", ["description"] = "`<area>.<event>.v<N>`, or `webhook.verification`." },
            new JsonObject { ["type"] = "object", ["description"] = "The event's fields." }));
        yield return (WebhookVerification, new JsonObject
        {
            ["type"] = "object",
            ["title"] = WebhookVerification,
            ["description"] = "The data of a `webhook.verification` delivery.",
            ["required"] = new JsonArray("subscriptionId"),
            ["properties"] = new JsonObject
            {
                ["subscriptionId"] = new JsonObject { ["type"] = "string", ["format"] = "uuid", ["description"] = "The subscription whose endpoint is being verified." },
            },
        });
    }

    /// <summary>The payload of an event's AMQP message: the envelope with its own URN and contract.</summary>
    public static JsonObject EnvelopeOf(CatalogueEntry entry) => EnvelopeSchema(
        $"{entry.Type.Name} v{entry.Version} in the bus's envelope.",
        new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string", ["const"] = entry.Urn },
            ["minItems"] = 1,
            ["maxItems"] = 1,
        },
        new JsonObject { ["$ref"] = WireFormat.SchemaRef(entry.Type.Name) });

    /// <summary>The body of an event's webhook delivery.</summary>
    public static JsonObject WebhookOf(CatalogueEntry entry) => WebhookBody(
        $"{entry.Type.Name} v{entry.Version} as a webhook delivery.",
        new JsonObject { ["type"] = "string", ["const"] = entry.WebhookType },
        new JsonObject { ["$ref"] = WireFormat.SchemaRef(entry.Type.Name) });

    public static JsonObject VerificationBody() => WebhookBody(
        "The partner hub's verification delivery.",
        new JsonObject { ["type"] = "string", ["const"] = WireFormat.VerificationType },
        new JsonObject { ["$ref"] = WireFormat.SchemaRef(WebhookVerification) });

    /// <summary>An example envelope, serialized as the bus does it: the envelope type, the bus's options.</summary>
    public static JsonNode EnvelopeExample(CatalogueEntry entry, object message)
    {
        var envelope = new IntegrationEventEnvelope
        {
            MessageId = ExampleMessageId(entry).ToString(),
            MessageType = [entry.Urn],
            SentTime = SentAt,
            Headers = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["traceparent"] = TraceParent,
                ["piedmont-correlation-id"] = CorrelationId,
            },
            Message = message,
        };
        return JsonSerializer.SerializeToNode(envelope, WireFormat.BusOptions)!;
    }

    /// <summary>An example delivery: its headers (signed with <see cref="ExampleSecret"/> over the body as written here, compact) and body.</summary>
    public static (JsonObject Headers, JsonObject Body) WebhookExample(string type, string id, JsonNode data)
    {
        var body = new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = DeliveredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["data"] = data.DeepClone(),
        };
        var timestamp = DeliveredAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var key = Convert.FromBase64String(ExampleSecret["whsec_".Length..]);
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body.ToJsonString(Compact)}");
        var headers = new JsonObject
        {
            [WireFormat.WebhookIdHeader] = id,
            [WireFormat.WebhookTimestampHeader] = timestamp,
            [WireFormat.WebhookSignatureHeader] = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed)),
        };
        return (headers, body);
    }

    public static Guid ExampleMessageId(CatalogueEntry entry) => ExampleEvents.Uuid("messageId:" + entry.Urn);

    /// <summary>Throws when the envelope type no longer has the fields this document describes.</summary>
    public static void CheckEnvelopeType()
    {
        var probe = JsonSerializer.SerializeToNode(
            new IntegrationEventEnvelope { MessageId = "", MessageType = [], SentTime = SentAt, Headers = [], Message = new object() },
            WireFormat.BusOptions)!.AsObject();
        var fields = probe.Select(p => p.Key).ToArray();
        if (!fields.SequenceEqual(EnvelopeFields))
        {
            throw new InvalidOperationException(
                $"IntegrationEventEnvelope writes [{string.Join(", ", fields)}], the document describes [{string.Join(", ", EnvelopeFields)}]: update {nameof(WireSchemas)}.");
        }
    }

    private static JsonObject EnvelopeSchema(string description, JsonObject messageType, JsonObject message) => new()
    {
        ["type"] = "object",
        ["description"] = description,
        ["required"] = new JsonArray(EnvelopeFields.Select(f => (JsonNode)f).ToArray()),
        ["properties"] = new JsonObject
        {
            ["messageId"] = new JsonObject { ["$ref"] = WireFormat.SchemaRef(MessageId) },
            ["messageType"] = messageType,
            ["sentTime"] = new JsonObject { ["$ref"] = WireFormat.SchemaRef(SentTime) },
            ["headers"] = new JsonObject { ["$ref"] = WireFormat.SchemaRef(EnvelopeHeaders) },
            ["message"] = message,
        },
    };

    private static JsonObject WebhookBody(string description, JsonObject type, JsonObject data) => new()
    {
        ["type"] = "object",
        ["description"] = description,
        ["required"] = new JsonArray("type", "timestamp", "data"),
        ["properties"] = new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = new JsonObject { ["$ref"] = WireFormat.SchemaRef(WebhookTimestamp) },
            ["data"] = data,
        },
    };
}
