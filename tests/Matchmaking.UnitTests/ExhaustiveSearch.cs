namespace PiedmontSystem.Matchmaking.UnitTests;

/// <summary>
/// The most meetings any valid schedule of a tiny session (no pins) holds, by trying every slot, or
/// none, for every request: the reference the upper bound is checked against.
/// </summary>
internal static class ExhaustiveSearch
{
    public static int MostMeetings(SchedulingProblem problem)
    {
        var participants = problem.Participants.ToDictionary(p => p.Id);
        var requests = problem.Requests;
        var busy = new HashSet<(string, int)>();
        var tableBusy = new HashSet<(int, int)>();
        var inSlot = new int[problem.SlotCount];
        var best = 0;
        Search(0, 0);
        return best;

        void Search(int next, int placed)
        {
            if (placed + (requests.Count - next) <= best)
            {
                return;
            }
            if (next == requests.Count)
            {
                best = placed;
                return;
            }
            var request = requests[next];
            var first = participants[request.First];
            var second = participants[request.Second];
            var table = request.PinnedTable ?? first.FixedTable ?? second.FixedTable;
            for (var slot = 0; slot < problem.SlotCount; slot++)
            {
                // A meeting without a settled table takes any table left, so only the count matters for it.
                if (!first.IsAvailableIn(slot) || !second.IsAvailableIn(slot) || inSlot[slot] >= problem.TableCount
                    || busy.Contains((first.Id, slot)) || busy.Contains((second.Id, slot))
                    || (table is { } t && tableBusy.Contains((t, slot))))
                {
                    continue;
                }
                busy.Add((first.Id, slot));
                busy.Add((second.Id, slot));
                if (table is { } taken)
                {
                    tableBusy.Add((taken, slot));
                }
                inSlot[slot]++;
                Search(next + 1, placed + 1);
                inSlot[slot]--;
                busy.Remove((first.Id, slot));
                busy.Remove((second.Id, slot));
                if (table is { } freed)
                {
                    tableBusy.Remove((freed, slot));
                }
            }
            Search(next + 1, placed);
        }
    }
}
