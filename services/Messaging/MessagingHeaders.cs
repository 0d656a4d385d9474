namespace PiedmontSystem.Messaging;

/// <summary>Message headers the platform adds besides MassTransit's own (trace context travels in <c>traceparent</c>).</summary>
public static class MessagingHeaders
{
    public const string CorrelationId = "piedmont-correlation-id";
}
