namespace PiedmontSystem.Matchmaking;

/// <summary>
/// The baseline organisers start from: requests already booked keep their pins, then each other
/// request, in the order given, takes the first slot both participants are free and available in, at
/// the first free table. Correct (no double booking), but it places fewer meetings than the schedule
/// allows. Its <see cref="ScheduleResult.UpperBound"/> is the trivial one, the number of requests:
/// ask <see cref="MeetingScheduler"/> for a real bound.
/// </summary>
public static class FirstComeScheduler
{
    public static ScheduleResult Schedule(SchedulingProblem problem)
    {
        var model = SchedulingModel.Build(problem);
        var meetings = Place(model);
        return new ScheduleResult(
            meetings.OfType<ScheduledMeeting>().ToList(),
            model.Requests.Where(r => meetings[r.Index] is null).Select(r => r.Id).ToList(),
            model.Requests.Count)
        {
            RejectedPins = model.Requests.Where(r => r.PinRejected).Select(r => r.Id).ToList(),
        };
    }

    /// <summary>The first-come meeting of each request (null when unplaced), by request index.</summary>
    internal static ScheduledMeeting?[] Place(SchedulingModel model)
    {
        var slots = model.SlotCount;
        var busy = new bool[model.ParticipantCount * slots];
        var tablesTaken = new bool[model.TableCount * slots];
        var meetings = new ScheduledMeeting?[model.Requests.Count];

        // Pins at a settled table first, so that a pin free to sit anywhere does not take their table.
        var pins = model.KeptPins.OrderBy(i => model.Requests[i].Table is null).ThenBy(i => i);
        foreach (var request in pins.Concat(Enumerable.Range(0, model.Requests.Count).Where(i => model.Requests[i].KeptSlot is null)))
        {
            var meeting = model.Requests[request];
            meetings[request] = FirstFit(model, meeting, busy, tablesTaken);
            if (meetings[request] is { } placed)
            {
                busy[meeting.First * slots + placed.Slot] = true;
                busy[meeting.Second * slots + placed.Slot] = true;
                tablesTaken[placed.Table * slots + placed.Slot] = true;
            }
        }
        return meetings;
    }

    private static ScheduledMeeting? FirstFit(SchedulingModel model, ModelRequest request, bool[] busy, bool[] tablesTaken)
    {
        var slots = model.SlotCount;
        // AllowedSlots is empty for a rejected pin and holds only the pinned slot for a kept one.
        foreach (var slot in request.AllowedSlots)
        {
            if (busy[request.First * slots + slot] || busy[request.Second * slots + slot])
            {
                continue;
            }
            if (request.Table is { } table)
            {
                if (!tablesTaken[table * slots + slot])
                {
                    return new ScheduledMeeting(request.Id, slot, table);
                }
                continue;
            }
            for (var t = 0; t < model.TableCount; t++)
            {
                if (!tablesTaken[t * slots + slot])
                {
                    return new ScheduledMeeting(request.Id, slot, t);
                }
            }
        }
        return null;
    }
}
