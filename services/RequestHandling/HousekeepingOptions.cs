namespace PiedmontSystem.RequestHandling;

/// <summary>How long the platform tables keep rows that have served their purpose, bound from <c>Messaging:Retention</c>.</summary>
public sealed class HousekeepingOptions
{
    public const string Section = "Messaging:Retention";

    /// <summary>Published outbox rows, kept for investigation and replay.</summary>
    public TimeSpan SentMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Inbox rows: longer than any redelivery can arrive late (retries, a restored error queue).</summary>
    public TimeSpan ProcessedMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Stored answers to Idempotency-Key requests: a client retries within minutes, not days.</summary>
    public TimeSpan IdempotencyKeys { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
