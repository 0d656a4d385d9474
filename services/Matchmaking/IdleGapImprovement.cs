using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Shortens participants' waits between meetings without losing any meeting: moves a meeting to a
/// slot that is free for it, or swaps a short Kempe chain between two slots, whenever that lowers the
/// idle slots of the participants involved. Passes run in a fixed order until one improves nothing,
/// so the result does not depend on timing unless the time limit cuts it short.
/// </summary>
internal static class IdleGapImprovement
{
    private const int ChainLimit = 12;

    public static void Improve(Timetable timetable, KempeChains kempe, int maxPasses, Stopwatch clock, TimeSpan? timeLimit)
    {
        var model = timetable.Model;
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var improved = false;
            for (var request = 0; request < model.Requests.Count; request++)
            {
                if (timeLimit is { } limit && clock.Elapsed > limit)
                {
                    return;
                }
                var meeting = model.Requests[request];
                if (!timetable.IsPlaced(request) || meeting.KeptSlot is not null)
                {
                    continue;
                }
                improved |= TryRelocate(timetable, request) || TrySwapChain(timetable, kempe, request);
            }
            if (!improved)
            {
                return;
            }
        }
    }

    private static bool TryRelocate(Timetable timetable, int request)
    {
        var model = timetable.Model;
        var meeting = model.Requests[request];
        var from = timetable.SlotOf(request);
        var before = timetable.IdleSlots(meeting.First) + timetable.IdleSlots(meeting.Second);
        var best = -1;
        var bestIdle = before;
        timetable.Remove(request);
        foreach (var slot in meeting.AllowedSlots)
        {
            if (slot == from || !timetable.ResourcesFree(request, slot) || !timetable.HasFreeTable(slot))
            {
                continue;
            }
            timetable.Place(request, slot);
            var idle = timetable.IdleSlots(meeting.First) + timetable.IdleSlots(meeting.Second);
            timetable.Remove(request);
            if (idle < bestIdle)
            {
                best = slot;
                bestIdle = idle;
            }
        }
        timetable.Place(request, best >= 0 ? best : from);
        return best >= 0;
    }

    private static bool TrySwapChain(Timetable timetable, KempeChains kempe, int request)
    {
        var model = timetable.Model;
        var a = timetable.SlotOf(request);
        var affected = new List<int>();
        for (var b = 0; b < model.SlotCount; b++)
        {
            if (b == a || !kempe.Collect([request], a, b, ChainLimit))
            {
                continue;
            }
            var moved = kempe.InB - kempe.InA;
            if (timetable.CountIn(a) + moved > model.TableCount || timetable.CountIn(b) - moved > model.TableCount)
            {
                continue;
            }
            affected.Clear();
            foreach (var m in kempe.Chain)
            {
                affected.Add(model.Requests[m].First);
                affected.Add(model.Requests[m].Second);
            }
            var participants = affected.Distinct().ToList();
            var before = participants.Sum(timetable.IdleSlots);
            var chain = kempe.Chain.ToList();
            kempe.Swap(a, b);
            if (participants.Sum(timetable.IdleSlots) < before)
            {
                return true;
            }
            // Swapping the same chain back restores the timetable exactly.
            kempe.Collect(CollectionsMarshal.AsSpan(chain), a, b, int.MaxValue);
            kempe.Swap(a, b);
        }
        return false;
    }
}
