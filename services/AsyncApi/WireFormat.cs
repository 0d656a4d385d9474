using System.Text.Json;
using MassTransit.Serialization;

namespace PiedmontSystem.AsyncApi;

/// <summary>How integration events travel: the bus's JSON, and the partner hub's webhook deliveries (Standard Webhooks).</summary>
internal static class WireFormat
{
    /// <summary>The options the bus serializes events with (<c>IntegrationEventSerializer</c> uses MassTransit's own).</summary>
    public static JsonSerializerOptions BusOptions => SystemTextJsonMessageSerializer.Options;

    /// <summary>MassTransit's JSON content type: the envelope's, on the AMQP message's <c>content_type</c>.</summary>
    public const string BusContentType = "application/vnd.masstransit+json";

    /// <summary>A decimal as MassTransit writes it: a JSON string, invariant culture, no exponent (<c>"48500.50"</c>).</summary>
    public const string DecimalPattern = "^-?[0-9]+(\\.[0-9]+)?$";

    public const string WebhookContentType = "application/json";

    /// <summary>The <c>type</c> of the delivery the hub sends to prove an endpoint before it subscribes it.</summary>
    public const string VerificationType = "webhook.verification";

    public const string WebhookIdHeader = "webhook-id";
    public const string WebhookTimestampHeader = "webhook-timestamp";
    public const string WebhookSignatureHeader = "webhook-signature";

    /// <summary>One or more <c>v1,&lt;base64&gt;</c>, space-separated (several while a secret is rotated).</summary>
    public const string SignaturePattern = "^v1,[A-Za-z0-9+/]+={0,2}( v1,[A-Za-z0-9+/]+={0,2})*$";

    public static string SchemaRef(string name) => $"#/components/schemas/{name}";
}
