namespace PiedmontSystem.Messaging;

/// <summary>
/// Immediate retries of a consumer that failed, bound from <c>Messaging:Retry</c>: exponential
/// back-off from <see cref="MinInterval"/> by <see cref="IntervalDelta"/> up to
/// <see cref="MaxInterval"/>; after <see cref="Limit"/> retries the message goes to
/// <c>&lt;queue&gt;_error</c>. The defaults ride out a deadlock or a restart (about 8 s in all);
/// tests that only need a message to exhaust its retries set shorter intervals.
/// </summary>
public sealed class RetryOptions
{
    public const string Section = "Messaging:Retry";

    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan IntervalDelta { get; set; } = TimeSpan.FromMilliseconds(300);
}
