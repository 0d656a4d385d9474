namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>
/// One event to one subscription, until its endpoint answers 2xx or the retry period ends. The
/// delivery lanes claim and update these rows in SQL (Infrastructure/Delivery/DeliveryStore.cs).
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; private init; }

    public Guid SubscriptionId { get; private init; }

    /// <summary>The event's message id, sent as <c>webhook-id</c> on every attempt.</summary>
    public Guid MessageId { get; private init; }

    public string WebhookType { get; private init; } = "";

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>When the current series of attempts began (creation, or the last replay): retries stop a retry period after it.</summary>
    public DateTimeOffset SeriesStartedAt { get; private set; }

    /// <summary>A lane that claimed the delivery owns it until then; after a crash another lane takes it over.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public static WebhookDelivery Create(Guid subscriptionId, Guid messageId, string webhookType, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubscriptionId = subscriptionId,
        MessageId = messageId,
        WebhookType = webhookType,
        Status = DeliveryStatus.Pending,
        NextAttemptAt = now,
        SeriesStartedAt = now,
        CreatedAt = now,
    };
}
