using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.Messaging;

/// <summary>The outbox's and inbox's own activity source and counters (operators watch these).</summary>
internal static class MessagingTelemetry
{
    public const string Name = "PiedmontSystem.Messaging";

    public static readonly ActivitySource ActivitySource = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Published = Meter.CreateCounter<long>("piedmont.outbox.published", description: "Outbox messages published and confirmed by the broker.");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("piedmont.outbox.publish_failures", description: "Outbox publish attempts that failed and will be retried.");
    public static readonly Counter<long> DuplicatesIgnored = Meter.CreateCounter<long>("piedmont.inbox.duplicates_ignored", description: "Redelivered messages the inbox recognised and skipped.");

    // The outboxes sampled in this process: one per service (several in a test process), each tagged with its service.
    private static readonly ConcurrentDictionary<OutboxBacklogMonitor, bool> Backlogs = new();

    public static readonly ObservableGauge<long> OutboxUnsent = Meter.CreateObservableGauge(
        "piedmont.outbox.unsent", () => Backlogs.Keys.SelectMany(b => b.UnsentMeasurements()),
        unit: "{message}", description: "Outbox messages not yet published, per service (sampled every few seconds).");

    public static readonly ObservableGauge<double> OutboxOldestUnsentAge = Meter.CreateObservableGauge(
        "piedmont.outbox.oldest_unsent_age", () => Backlogs.Keys.SelectMany(b => b.OldestUnsentAgeMeasurements()),
        unit: "s", description: "How long the oldest unpublished outbox message has waited, per service; 0 when none waits.");

    public static void Observe(OutboxBacklogMonitor backlog) => Backlogs.TryAdd(backlog, true);

    public static void StopObserving(OutboxBacklogMonitor backlog) => Backlogs.TryRemove(backlog, out _);
}
