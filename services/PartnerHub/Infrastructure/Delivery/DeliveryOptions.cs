using System.ComponentModel.DataAnnotations;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>How webhooks are delivered (<c>PartnerHub:Webhooks</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "PartnerHub:Webhooks";

    /// <summary>Loopback endpoints (and plain HTTP to them) accepted: Development only, for local receivers.</summary>
    public bool? AllowLoopback { get; set; }

    /// <summary>How long one call may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Calls in flight to one subscription's endpoint at most: one slow endpoint never holds more.</summary>
    [Range(1, 64)]
    public int ConcurrencyPerEndpoint { get; set; } = 8;

    /// <summary>Deliveries a lane claims at once.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>How often the lanes look for deliveries due, besides being woken by new events.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed delivery stays with its lane before another may take it (a crash).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    // The retry schedule; only tests and the bench shorten it.
    public TimeSpan FirstRetry { get; set; } = RetrySchedule.Default.FirstRetry;

    public TimeSpan MaxInterval { get; set; } = RetrySchedule.Default.MaxInterval;

    public TimeSpan RetryPeriod { get; set; } = RetrySchedule.Default.RetryPeriod;

    public int PauseAfterFailures { get; set; } = RetrySchedule.Default.PauseAfterFailures;

    public TimeSpan FirstPause { get; set; } = RetrySchedule.Default.FirstPause;

    public TimeSpan MaxPause { get; set; } = RetrySchedule.Default.MaxPause;

    public TimeSpan DisableAfter { get; set; } = RetrySchedule.Default.DisableAfter;

    /// <summary>How long received events are kept for replay.</summary>
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(30);

    public RetrySchedule Schedule => new(FirstRetry, RetrySchedule.Default.Factor, MaxInterval, RetryPeriod, PauseAfterFailures, FirstPause, MaxPause, DisableAfter);
}
