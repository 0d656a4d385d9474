using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>The hub's traces and metrics (the alert rules read <c>piedmont_webhooks_failing_endpoints</c>).</summary>
public static class WebhookTelemetry
{
    public const string Name = "PiedmontSystem.PartnerHub";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Attempts = Meter.CreateCounter<long>("piedmont.webhooks.attempts", description: "HTTP calls to partners' endpoints, by outcome (succeeded, failed)");

    public static readonly Histogram<double> AttemptDuration = Meter.CreateHistogram<double>("piedmont.webhooks.attempt.duration", "s", "How long partners' endpoints took to answer");

    public static readonly Histogram<double> CommitToPartner = Meter.CreateHistogram<double>("piedmont.webhooks.delivery.lag", "s", "From the hub receiving an event to the partner's 2xx, first attempts only");

    /// <summary>Set by the coordinator from the database every few seconds.</summary>
    private static long _failingEndpoints;

    static WebhookTelemetry() =>
        Meter.CreateObservableGauge("piedmont.webhooks.failing_endpoints", () => Interlocked.Read(ref _failingEndpoints),
            description: "Active subscriptions whose endpoint's last answer was a failure");

    public static void SetFailingEndpoints(long count) => Interlocked.Exchange(ref _failingEndpoints, count);
}
