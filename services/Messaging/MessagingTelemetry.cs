using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PiedmontSystem.Messaging;

/// <summary>
/// The outbox's and inbox's own activity source and counters (operators watch these); the backlog
/// gauges, per service, are <see cref="Outbox.OutboxBacklogMonitor"/>'s.
/// </summary>
internal static class MessagingTelemetry
{
    public const string Name = "PiedmontSystem.Messaging";

    public static readonly ActivitySource ActivitySource = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("piedmont.outbox.published", description: "Outbox messages published and confirmed by the broker.");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("piedmont.outbox.publish_failures", description: "Outbox publish attempts that failed and will be retried.");
    public static readonly Counter<long> DuplicatesIgnored = Meter.CreateCounter<long>("piedmont.inbox.duplicates_ignored", description: "Redelivered messages the inbox recognised and skipped.");
}
