using System.Diagnostics.Metrics;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// The last sample of this service's outbox backlog and the gauges that report it, tagged with the
/// service: <c>piedmont.outbox.unsent</c> and <c>piedmont.outbox.oldest_unsent_age</c> (seconds,
/// computed when read, so it keeps growing between samples while the row waits). The meter comes
/// from the service's own <see cref="IMeterFactory"/>: several services in one process (the tests)
/// each report their own outbox.
/// </summary>
public sealed class OutboxBacklogMonitor
{
    private readonly TimeProvider _clock;
    private OutboxBacklog? _latest;

    public OutboxBacklogMonitor(string service, TimeProvider clock, IMeterFactory meters)
    {
        Service = service;
        _clock = clock;
        var meter = meters.Create(MessagingTelemetry.Name);
        meter.CreateObservableGauge("piedmont.outbox.unsent", UnsentMeasurements,
            unit: "{message}", description: "Outbox messages not yet published, per service (sampled every few seconds).");
        meter.CreateObservableGauge("piedmont.outbox.oldest_unsent_age", OldestUnsentAgeMeasurements,
            unit: "s", description: "How long the oldest unpublished outbox message has waited, per service; 0 when none waits.");
    }

    /// <summary>The service whose outbox this is (its resource name, e.g. <c>funding-calls</c>).</summary>
    public string Service { get; }

    /// <summary>The last sample; null before the first or after a failed one (the gauges then report nothing).</summary>
    public OutboxBacklog? Latest => Volatile.Read(ref _latest);

    internal void Record(OutboxBacklog? backlog) => Volatile.Write(ref _latest, backlog);

    private IEnumerable<Measurement<long>> UnsentMeasurements() =>
        Latest is { } backlog ? [new Measurement<long>(backlog.Unsent, ServiceTag)] : [];

    private IEnumerable<Measurement<double>> OldestUnsentAgeMeasurements() =>
        Latest is { } backlog
            ? [new Measurement<double>(backlog.OldestUnsentAge(_clock.GetUtcNow())?.TotalSeconds ?? 0, ServiceTag)]
            : [];

    private KeyValuePair<string, object?> ServiceTag => new("service", Service);
}
