using System.Diagnostics.Metrics;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// The last sample of this service's outbox backlog, which the gauges <c>piedmont.outbox.unsent</c>
/// and <c>piedmont.outbox.oldest_unsent_age</c> report (tagged with the service). The age is
/// computed when the gauge is read, so it keeps growing between samples while the row waits.
/// </summary>
public sealed class OutboxBacklogMonitor(string service, TimeProvider clock)
{
    private OutboxBacklog? _latest;

    /// <summary>The service whose outbox this is (its resource name, e.g. <c>funding-calls</c>).</summary>
    public string Service { get; } = service;

    /// <summary>The last sample; null before the first or after a failed one (the gauges then report nothing).</summary>
    public OutboxBacklog? Latest => Volatile.Read(ref _latest);

    internal void Record(OutboxBacklog? backlog) => Volatile.Write(ref _latest, backlog);

    internal IEnumerable<Measurement<long>> UnsentMeasurements() =>
        Latest is { } backlog ? [new Measurement<long>(backlog.Unsent, ServiceTag)] : [];

    internal IEnumerable<Measurement<double>> OldestUnsentAgeMeasurements() =>
        Latest is { } backlog
            ? [new Measurement<double>(backlog.OldestUnsentAge(clock.GetUtcNow())?.TotalSeconds ?? 0, ServiceTag)]
            : [];

    private KeyValuePair<string, object?> ServiceTag => new("service", Service);
}
