namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Checks a schedule against every rule of a valid one, independently of how it was made: a caller
/// (or a test) can ask "what is wrong with this agenda?" before publishing it.
/// </summary>
public static class ScheduleValidation
{
    /// <summary>One line per broken rule; empty when the schedule is valid.</summary>
    /// <exception cref="ArgumentException">The problem itself is invalid (as the schedulers would refuse it).</exception>
    public static IReadOnlyList<string> Violations(SchedulingProblem problem, ScheduleResult result)
    {
        ProblemValidation.ThrowIfInvalid(problem);
        ArgumentNullException.ThrowIfNull(result);
        var violations = new List<string>();
        var participants = problem.Participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var requests = problem.Requests.ToDictionary(r => r.Id, StringComparer.Ordinal);

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in result.Meetings.Select(m => m.RequestId).Concat(result.Unplaced))
        {
            seen[id] = seen.GetValueOrDefault(id) + 1;
        }
        foreach (var (id, count) in seen)
        {
            if (!requests.ContainsKey(id))
            {
                violations.Add($"Request '{id}' is in the schedule but not in the problem.");
            }
            else if (count > 1)
            {
                violations.Add($"Request '{id}' appears {count} times across Meetings and Unplaced.");
            }
        }
        violations.AddRange(problem.Requests.Where(r => !seen.ContainsKey(r.Id)).Select(r => $"Request '{r.Id}' is neither placed nor unplaced."));

        var participantBusy = new HashSet<(string, int)>();
        var tableBusy = new HashSet<(int, int)>();
        foreach (var meeting in result.Meetings)
        {
            if (!requests.TryGetValue(meeting.RequestId, out var request))
            {
                continue;
            }
            if (meeting.Slot < 0 || meeting.Slot >= problem.SlotCount)
            {
                violations.Add($"Request '{request.Id}' is in slot {meeting.Slot}, outside 0..{problem.SlotCount - 1}.");
            }
            if (meeting.Table < 0 || meeting.Table >= problem.TableCount)
            {
                violations.Add($"Request '{request.Id}' is at table {meeting.Table}, outside 0..{problem.TableCount - 1}.");
            }
            if (!tableBusy.Add((meeting.Table, meeting.Slot)))
            {
                violations.Add($"Table {meeting.Table} holds two meetings in slot {meeting.Slot} (one is '{request.Id}').");
            }
            foreach (var who in new[] { request.First, request.Second })
            {
                if (!participantBusy.Add((who, meeting.Slot)))
                {
                    violations.Add($"Participant '{who}' is in two meetings in slot {meeting.Slot} (one is '{request.Id}').");
                }
                if (!participants[who].IsAvailableIn(meeting.Slot))
                {
                    violations.Add($"Participant '{who}' is not available in slot {meeting.Slot}, where '{request.Id}' is.");
                }
            }
            if (SettledTable(request, participants) is { } table && table != meeting.Table)
            {
                violations.Add($"Request '{request.Id}' belongs at table {table} (pinned or fixed) but is at table {meeting.Table}.");
            }
            if (request.PinnedSlot is { } pinned && pinned != meeting.Slot)
            {
                violations.Add($"Request '{request.Id}' is pinned to slot {pinned} but is in slot {meeting.Slot}.");
            }
        }

        // A pin left unplaced must have been impossible to keep: its slot, its participants or its
        // table are out of range, unavailable or taken in the schedule itself.
        var meetingsInSlot = result.Meetings.GroupBy(m => m.Slot).ToDictionary(g => g.Key, g => g.Count());
        foreach (var id in result.Unplaced)
        {
            if (!requests.TryGetValue(id, out var request) || request.PinnedSlot is not { } slot)
            {
                continue;
            }
            var keepable = slot >= 0 && slot < problem.SlotCount
                && (request.PinnedTable is null || (request.PinnedTable >= 0 && request.PinnedTable < problem.TableCount))
                && participants[request.First].IsAvailableIn(slot) && participants[request.Second].IsAvailableIn(slot)
                && !participantBusy.Contains((request.First, slot)) && !participantBusy.Contains((request.Second, slot))
                && meetingsInSlot.GetValueOrDefault(slot) < problem.TableCount
                && (SettledTable(request, participants) is not { } settled || !tableBusy.Contains((settled, slot)));
            if (keepable)
            {
                violations.Add($"Request '{id}' is pinned to slot {slot}, which is free for it, yet it is unplaced.");
            }
        }
        return violations;
    }

    private static int? SettledTable(SchedulingRequest request, Dictionary<string, SchedulingParticipant> participants) =>
        request.PinnedTable ?? participants[request.First].FixedTable ?? participants[request.Second].FixedTable;
}
