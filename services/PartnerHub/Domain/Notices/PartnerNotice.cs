namespace PiedmontSystem.PartnerHub.Domain.Notices;

/// <summary>Something the hub tells a partner system about its own subscriptions (e.g. one was disabled).</summary>
public sealed class PartnerNotice
{
    public Guid Id { get; private init; }

    public string PartnerId { get; private init; } = "";

    public Guid? SubscriptionId { get; private init; }

    /// <summary>e.g. <c>subscription-disabled</c>.</summary>
    public string Kind { get; private init; } = "";

    public string Message { get; private init; } = "";

    public DateTimeOffset RaisedAt { get; private init; }

    public static PartnerNotice Raise(string partnerId, Guid? subscriptionId, string kind, string message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PartnerId = partnerId,
        SubscriptionId = subscriptionId,
        Kind = kind,
        Message = message,
        RaisedAt = now,
    };
}
