namespace PiedmontSystem.Matchmaking;

/// <summary>
/// What organisers look at in a schedule: how many meetings it holds against the most any schedule
/// could hold, and how long participants wait between meetings. An idle slot is a slot between a
/// participant's first and last meeting in which they are available but have no meeting (a declared
/// break is not waiting).
/// </summary>
public sealed record ScheduleMetrics(int MeetingsPlaced, int UpperBound, int IdleSlots, int ParticipantsWithSeveralMeetings)
{
    /// <summary>Meetings placed over the upper bound (1 when the bound is 0).</summary>
    public double ShareOfBound => UpperBound == 0 ? 1 : (double)MeetingsPlaced / UpperBound;

    /// <summary>Idle slots per participant with at least two meetings.</summary>
    public double MeanIdleSlots => ParticipantsWithSeveralMeetings == 0 ? 0 : (double)IdleSlots / ParticipantsWithSeveralMeetings;

    /// <param name="problem">The problem the schedule answers.</param>
    /// <param name="result">The schedule.</param>
    /// <param name="upperBound">The bound to measure against; the result's own when null (pass
    /// <see cref="MeetingScheduler"/>'s to compare with <see cref="FirstComeScheduler"/>, whose own is trivial).</param>
    public static ScheduleMetrics Of(SchedulingProblem problem, ScheduleResult result, int? upperBound = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(result);
        var participants = problem.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var requests = problem.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var slotsOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var meeting in result.Meetings)
        {
            var request = requests[meeting.RequestId];
            foreach (var who in new[] { request.First, request.Second })
            {
                if (!slotsOf.TryGetValue(who, out var slots))
                {
                    slotsOf[who] = slots = [];
                }
                slots.Add(meeting.Slot);
            }
        }
        var idle = 0;
        var several = 0;
        foreach (var (who, slots) in slotsOf)
        {
            if (slots.Count < 2)
            {
                continue;
            }
            several++;
            var taken = slots.ToHashSet();
            for (var s = slots.Min() + 1; s < slots.Max(); s++)
            {
                if (!taken.Contains(s) && participants[who].IsAvailableIn(s))
                {
                    idle++;
                }
            }
        }
        return new ScheduleMetrics(result.Meetings.Count, upperBound ?? result.UpperBound, idle, several);
    }
}
