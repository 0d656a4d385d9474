namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Hands out tables once every meeting has its slot: first the meetings whose table is settled (a
/// pinned or fixed table; the timetable already keeps two of them off one table), then the others,
/// each at the lowest-numbered table still free in its slot. A slot never holds more meetings than
/// tables, so a free table is always left.
/// </summary>
internal static class TableAssignment
{
    public static List<ScheduledMeeting> Assign(Timetable timetable)
    {
        var model = timetable.Model;
        var taken = new bool[model.TableCount * model.SlotCount];
        var meetings = new List<ScheduledMeeting>(timetable.PlacedCount);
        foreach (var request in model.Requests)
        {
            if (timetable.IsPlaced(request.Index) && request.Table is { } table)
            {
                var slot = timetable.SlotOf(request.Index);
                taken[table * model.SlotCount + slot] = true;
                meetings.Add(new ScheduledMeeting(request.Id, slot, table));
            }
        }
        foreach (var request in model.Requests)
        {
            if (!timetable.IsPlaced(request.Index) || request.Table is not null)
            {
                continue;
            }
            var slot = timetable.SlotOf(request.Index);
            var table = 0;
            while (taken[table * model.SlotCount + slot])
            {
                table++;
            }
            taken[table * model.SlotCount + slot] = true;
            meetings.Add(new ScheduledMeeting(request.Id, slot, table));
        }
        meetings.Sort((x, y) => x.Slot != y.Slot ? x.Slot.CompareTo(y.Slot) : x.Table.CompareTo(y.Table));
        return meetings;
    }
}
