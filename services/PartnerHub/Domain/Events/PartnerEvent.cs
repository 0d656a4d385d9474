namespace PiedmontSystem.PartnerHub.Domain.Events;

/// <summary>
/// An integration event as the hub received it, kept for its retention period so that deliveries
/// can be sent, retried and replayed with exactly the data that was published.
/// </summary>
public sealed class PartnerEvent
{
    /// <summary>The event's message id: the <c>webhook-id</c> of every delivery of it.</summary>
    public Guid MessageId { get; private init; }

    /// <summary>e.g. <c>registry.organisation-registered.v1</c>.</summary>
    public string WebhookType { get; private init; } = "";

    public DateTimeOffset ReceivedAt { get; private init; }

    /// <summary>The event's fields, exactly as the envelope's <c>message</c> carried them (JSON).</summary>
    public string Data { get; private init; } = "";

    public List<string> ClusterCodes { get; private init; } = [];

    public List<string> CallCodes { get; private init; } = [];

    public List<string> PrioritySystems { get; private init; } = [];

    /// <summary>W3C trace context of the consumption, so each delivery joins the trace of the request that caused the event.</summary>
    public string? TraceParent { get; private init; }

    public EventFacets Facets => new(ClusterCodes, CallCodes, PrioritySystems);

    public static PartnerEvent Received(Guid messageId, string webhookType, string data, EventFacets facets, string? traceParent, DateTimeOffset now) => new()
    {
        MessageId = messageId,
        WebhookType = webhookType,
        ReceivedAt = now,
        Data = data,
        ClusterCodes = [.. facets.ClusterCodes],
        CallCodes = [.. facets.CallCodes],
        PrioritySystems = [.. facets.PrioritySystems],
        TraceParent = traceParent,
    };
}
