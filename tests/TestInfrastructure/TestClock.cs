namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// The real clock moved by an offset a test sets: time keeps flowing (timers, token lifetimes),
/// but "now" can be put one second before or after a deadline.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Makes "now" equal to <paramref name="instant"/> (then it flows on from there).</summary>
    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _offsetTicks, (instant - base.GetUtcNow()).Ticks);

    /// <summary>Back to the real time.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
