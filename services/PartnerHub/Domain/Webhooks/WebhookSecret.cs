namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>
/// A signing secret of a subscription, stored encrypted (ASP.NET Core Data Protection). During a
/// rotation the old secret signs too until <see cref="ExpiresAt"/>, so the partner can switch
/// without losing a delivery.
/// </summary>
public sealed class WebhookSecret
{
    public Guid Id { get; private init; }

    public Guid SubscriptionId { get; private init; }

    /// <summary>The secret (<c>whsec_…</c>), encrypted.</summary>
    public string Protected { get; private init; } = "";

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>When a rotated-away secret stops signing; null for the current one.</summary>
    public DateTimeOffset? ExpiresAt { get; internal set; }

    public bool SignsAt(DateTimeOffset now) => ExpiresAt is null || ExpiresAt > now;

    internal static WebhookSecret Create(Guid subscriptionId, string protectedSecret, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), SubscriptionId = subscriptionId, Protected = protectedSecret, CreatedAt = now };
}
