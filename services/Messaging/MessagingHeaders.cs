namespace PiedmontSystem.Messaging;

/// <summary>The headers of an integration event's envelope (docs/events.md, "Envelope").</summary>
public static class MessagingHeaders
{
    /// <summary>W3C trace context of the publish, a child of the request that made the change.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>W3C vendor trace state, when the trace has one.</summary>
    public const string TraceState = "tracestate";

    public const string CorrelationId = "piedmont-correlation-id";
}
