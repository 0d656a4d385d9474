namespace PiedmontSystem.Messaging.Outbox;

/// <summary>Dispatcher settings, bound from <c>Messaging:Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    /// <summary>How often to look for unsent rows without a signal (rows left by a crash or by another replica).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirmation before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Longest pause after a round in which the broker refused; doubles from one second up to this.
    /// Short, so the outbox drains within seconds of the broker's return (or of the bus starting).
    /// </summary>
    public TimeSpan MaxBrokerBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest delay before retrying a message that itself cannot be published.</summary>
    public TimeSpan MaxMessageBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the backlog (unsent rows, age of the oldest) is read for the gauges.</summary>
    public TimeSpan BacklogSampleInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the dispatcher runs in this process (tests turn it off to simulate a crash before publish).</summary>
    public bool Enabled { get; set; } = true;
}
