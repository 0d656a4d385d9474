namespace PiedmontSystem.Matchmaking;

/// <summary>
/// How many meetings any valid schedule can hold at most: the kept pins plus the smaller of two
/// relaxations of the rest, each ignoring one part of the problem.
/// <list type="bullet">
/// <item>Per participant (<see cref="BMatching"/>): each participant takes at most as many meetings as
/// it has available slots not held by a pin, and a request counts only if its two participants share
/// a slot left free by the pins; slots are otherwise ignored.</item>
/// <item>Per slot: in each slot the meetings form a matching among the participants available and not
/// pinned there, on requests allowed in that slot, and at most the tables the pins left; the sum over
/// slots ignores that a request is held only once.</item>
/// </list>
/// Both are exact flows on bipartite request graphs and fractional (rounded down) otherwise, so
/// neither can fall below what a real schedule achieves.
/// </summary>
internal static class UpperBound
{
    /// <param name="model">The problem.</param>
    /// <param name="sides">The request graph's two sides, or null when it has none (<see cref="RequestGraph"/>).</param>
    /// <param name="selectionCost">Cost per request for the per-participant flow: the flow it leaves behind picks the meetings to try first.</param>
    /// <param name="weights">Filled with the per-participant flow's use of each request (see <see cref="BMatching.Solve"/>).</param>
    public static int Compute(SchedulingModel model, int[]? sides, Func<int, long> selectionCost, int[] weights)
    {
        var slots = model.SlotCount;
        var pinned = new bool[model.ResourceCount * slots];
        var pinsInSlot = new int[slots];
        foreach (var pin in model.KeptPins)
        {
            var request = model.Requests[pin];
            var slot = request.KeptSlot!.Value;
            foreach (var r in request.Resources)
            {
                pinned[r * slots + slot] = true;
            }
            pinsInSlot[slot]++;
        }
        bool Open(ModelRequest request, int slot) => request.Resources.All(r => !pinned[r * slots + slot]);

        var open = model.Requests
            .Where(r => r.IsSchedulable && r.KeptSlot is null && r.AllowedSlots.Any(s => Open(r, s)))
            .Select(r => r.Index)
            .ToList();

        var capacity = new int[model.ParticipantCount];
        for (var p = 0; p < capacity.Length; p++)
        {
            for (var s = 0; s < slots; s++)
            {
                if (model.IsAvailable(p, s) && !pinned[p * slots + s])
                {
                    capacity[p]++;
                }
            }
        }
        var perParticipant = BMatching.Solve(model, open, capacity, sides, selectionCost, weights);

        var perSlot = 0;
        for (var s = 0; s < slots && perSlot < perParticipant; s++)
        {
            var tablesLeft = model.TableCount - pinsInSlot[s];
            var inSlot = open.Where(i => Array.IndexOf(model.Requests[i].AllowedSlots, s) >= 0 && Open(model.Requests[i], s)).ToList();
            if (tablesLeft <= 0 || inSlot.Count == 0)
            {
                continue;
            }
            var free = new int[model.ParticipantCount];
            foreach (var i in inSlot)
            {
                free[model.Requests[i].First] = 1;
                free[model.Requests[i].Second] = 1;
            }
            perSlot += Math.Min(tablesLeft, BMatching.Solve(model, inSlot, free, sides, _ => 1, null));
        }
        return model.KeptPins.Count + Math.Min(perParticipant, perSlot);
    }
}
