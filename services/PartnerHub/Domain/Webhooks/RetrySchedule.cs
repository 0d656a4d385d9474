namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again, and when an endpoint is paused or disabled. Exponential
/// back-off with jitter (±20 %, so that deliveries that failed together do not come back together):
/// 5 s, 20 s, 80 s, … up to 12 h between attempts, for the retry period (3 days) after the series began.
/// </summary>
public sealed record RetrySchedule(
    TimeSpan FirstRetry,
    double Factor,
    TimeSpan MaxInterval,
    TimeSpan RetryPeriod,
    int PauseAfterFailures,
    TimeSpan FirstPause,
    TimeSpan MaxPause,
    TimeSpan DisableAfter)
{
    public static readonly RetrySchedule Default = new(
        FirstRetry: TimeSpan.FromSeconds(5), Factor: 4, MaxInterval: TimeSpan.FromHours(12), RetryPeriod: TimeSpan.FromDays(3),
        PauseAfterFailures: 5, FirstPause: TimeSpan.FromSeconds(5), MaxPause: TimeSpan.FromMinutes(5), DisableAfter: TimeSpan.FromDays(5));

    /// <summary>
    /// The next attempt after the <paramref name="attempts"/>-th failed one, or null when it would
    /// fall after the retry period: the delivery has failed.
    /// </summary>
    /// <param name="attempts">Attempts made in this series, all failed.</param>
    /// <param name="seriesStartedAt">When the series began.</param>
    /// <param name="now">When the last attempt was made.</param>
    /// <param name="jitter">A number in [0, 1): 0.5 is no jitter.</param>
    public DateTimeOffset? NextAttempt(int attempts, DateTimeOffset seriesStartedAt, DateTimeOffset now, double jitter)
    {
        var next = now + Jittered(Grow(FirstRetry, attempts - 1, MaxInterval), jitter);
        return next > seriesStartedAt + RetryPeriod ? null : next;
    }

    /// <summary>
    /// Whether the endpoint rests after <paramref name="consecutiveFailures"/> failures in a row, and until when:
    /// nothing but one probe is sent to it before then.
    /// </summary>
    public DateTimeOffset? PauseUntil(int consecutiveFailures, DateTimeOffset now, double jitter) =>
        consecutiveFailures < PauseAfterFailures
            ? null
            : now + Jittered(Grow(FirstPause, consecutiveFailures - PauseAfterFailures, MaxPause), jitter);

    /// <summary>Whether an endpoint failing since <paramref name="failingSince"/> is disabled now.</summary>
    public bool Disables(DateTimeOffset? failingSince, DateTimeOffset now) => failingSince is { } since && now - since >= DisableAfter;

    private TimeSpan Grow(TimeSpan first, int steps, TimeSpan max)
    {
        var seconds = first.TotalSeconds * Math.Pow(Factor, Math.Clamp(steps, 0, 64));
        return seconds >= max.TotalSeconds ? max : TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan Jittered(TimeSpan interval, double jitter) => interval * (0.8 + 0.4 * Math.Clamp(jitter, 0, 1));
}
