namespace PiedmontSystem.Matchmaking;

/// <summary>
/// The baseline organisers start from: each request, in the order given, takes the first slot both
/// participants are free and available in, at the first free table. Correct (no double booking), but
/// it places fewer meetings than the schedule allows.
/// </summary>
public static class FirstComeScheduler
{
    public static ScheduleResult Schedule(SchedulingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var participants = problem.Participants.ToDictionary(p => p.Id);
        var busy = new HashSet<(string Participant, int Slot)>();
        var tablesTaken = new HashSet<(int Table, int Slot)>();
        var placed = new List<ScheduledMeeting>();
        var unplaced = new List<string>();
        foreach (var request in problem.Requests)
        {
            var first = participants[request.First];
            var second = participants[request.Second];
            var meeting = FirstFit(problem, request, first, second, busy, tablesTaken);
            if (meeting is null)
            {
                unplaced.Add(request.Id);
                continue;
            }
            busy.Add((first.Id, meeting.Slot));
            busy.Add((second.Id, meeting.Slot));
            tablesTaken.Add((meeting.Table, meeting.Slot));
            placed.Add(meeting);
        }
        return new ScheduleResult(placed, unplaced, problem.Requests.Count);
    }

    private static ScheduledMeeting? FirstFit(SchedulingProblem problem, SchedulingRequest request, SchedulingParticipant first, SchedulingParticipant second,
        HashSet<(string, int)> busy, HashSet<(int, int)> tablesTaken)
    {
        for (var slot = 0; slot < problem.SlotCount; slot++)
        {
            if (request.PinnedSlot is { } pinned && pinned != slot)
            {
                continue;
            }
            if (!first.IsAvailableIn(slot) || !second.IsAvailableIn(slot) || busy.Contains((first.Id, slot)) || busy.Contains((second.Id, slot)))
            {
                continue;
            }
            var fixedTable = request.PinnedTable ?? first.FixedTable ?? second.FixedTable;
            if (fixedTable is { } table)
            {
                if (!tablesTaken.Contains((table, slot)))
                {
                    return new ScheduledMeeting(request.Id, slot, table);
                }
                continue;
            }
            for (var t = 0; t < problem.TableCount; t++)
            {
                if (!tablesTaken.Contains((t, slot)))
                {
                    return new ScheduledMeeting(request.Id, slot, t);
                }
            }
        }
        return null;
    }
}
