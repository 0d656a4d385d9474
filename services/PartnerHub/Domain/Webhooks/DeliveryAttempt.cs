namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>One HTTP call to a subscription's endpoint: the delivery log the partner reads.</summary>
public sealed class DeliveryAttempt
{
    /// <summary>Longest part of a response body kept.</summary>
    public const int ExcerptLength = 500;

    public Guid Id { get; init; }

    public Guid SubscriptionId { get; init; }

    /// <summary>The delivery it belongs to; null for a verification.</summary>
    public Guid? DeliveryId { get; init; }

    public Guid MessageId { get; init; }

    public string WebhookType { get; init; } = "";

    public DateTimeOffset AttemptedAt { get; init; }

    /// <summary>1 for the first attempt of a delivery.</summary>
    public int Number { get; init; }

    public bool Succeeded { get; init; }

    /// <summary>The answer's status code; null when none came (timeout, refused connection).</summary>
    public int? StatusCode { get; init; }

    public int LatencyMs { get; init; }

    public string? ResponseExcerpt { get; init; }

    /// <summary>Why no answer counted, in words (timeout, connection refused, destination not allowed).</summary>
    public string? Error { get; init; }
}
