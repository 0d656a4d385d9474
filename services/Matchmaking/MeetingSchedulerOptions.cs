namespace PiedmontSystem.Matchmaking;

/// <summary>
/// How hard <see cref="MeetingScheduler"/> searches. The defaults suit sessions of a few thousand
/// requests (well under a second); every limit counts steps, not time, so a schedule depends only on
/// its input, except when <see cref="TimeLimit"/> cuts the search short.
/// </summary>
public sealed record MeetingSchedulerOptions
{
    public static MeetingSchedulerOptions Default { get; } = new();

    /// <summary>How many meetings deep an ejection chain may push others aside to fit one more.</summary>
    public int EjectionDepth { get; init; } = 3;

    /// <summary>Passes over the schedule that shorten participants' idle gaps (each stops early when it improves nothing).</summary>
    public int IdleGapPasses { get; init; } = 10;

    /// <summary>
    /// A wall-clock cap on the improvement phases (filling and idle gaps); the schedule is valid
    /// whenever it stops, but with a cap that bites, the same input can give different schedules on
    /// machines of different speed. Null (the default) means no cap.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }
}
