namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Brings every slot down to at most one meeting per table after the timetable was coloured without
/// counting tables. A slot a with too many meetings hands meetings to a slot b with room by swapping a
/// Kempe chain that holds more a-meetings than b-meetings. In a bipartite graph the a/b chains are
/// paths and even cycles, and when a holds more meetings than b some path holds one more a than b,
/// so this always succeeds there (de Werra's equitable edge colouring): with no more requests than
/// slots × tables, every meeting keeps its place. What cannot be balanced is taken out, lowest
/// priority first, and offered other places later.
/// </summary>
internal static class SlotBalancing
{
    private const int ChainLimit = 400;

    /// <summary>Returns the meetings taken out.</summary>
    public static List<int> Balance(Timetable timetable, KempeChains kempe)
    {
        var model = timetable.Model;
        var tables = model.TableCount;
        for (var a = 0; a < model.SlotCount; a++)
        {
            while (timetable.CountIn(a) > tables && MoveOneChain(timetable, kempe, a))
            {
            }
        }
        var removed = new List<int>();
        for (var a = 0; a < model.SlotCount; a++)
        {
            var excess = timetable.CountIn(a) - tables;
            if (excess <= 0)
            {
                continue;
            }
            var candidates = MeetingsIn(timetable, a)
                .Where(i => model.Requests[i].KeptSlot is null)
                .OrderBy(i => model.Requests[i].Priority)
                .ThenByDescending(i => i)
                .Take(excess)
                .ToList();
            foreach (var request in candidates)
            {
                timetable.Remove(request);
                removed.Add(request);
            }
        }
        return removed;
    }

    private static bool MoveOneChain(Timetable timetable, KempeChains kempe, int a)
    {
        var model = timetable.Model;
        var tables = model.TableCount;
        var inA = MeetingsIn(timetable, a);
        for (var b = 0; b < model.SlotCount; b++)
        {
            if (b == a || timetable.CountIn(b) >= tables)
            {
                continue;
            }
            foreach (var seed in inA)
            {
                if (!kempe.Collect([seed], a, b, ChainLimit))
                {
                    continue;
                }
                var gain = kempe.InA - kempe.InB;
                if (gain >= 1 && timetable.CountIn(b) + gain <= tables)
                {
                    kempe.Swap(a, b);
                    return true;
                }
            }
        }
        return false;
    }

    public static List<int> MeetingsIn(Timetable timetable, int slot)
    {
        var meetings = new List<int>();
        for (var i = 0; i < timetable.Model.Requests.Count; i++)
        {
            if (timetable.SlotOf(i) == slot)
            {
                meetings.Add(i);
            }
        }
        return meetings;
    }
}
