namespace PiedmontSystem.Matchmaking;

/// <summary>
/// The problem in the form both schedulers work on: participants and requests as indices, every
/// request's table settled (pinned table, else the First's fixed table, else the Second's), the pins
/// sorted into kept and rejected, and every request's resources: what a meeting holds for the slot it
/// takes. Resources are the two participants and, only when a table is settled for meetings that do
/// not all share one participant, that table; a buyer's own table needs no resource of its own,
/// because the buyer is never in two meetings at once anyway. Keeping the resources to two per meeting
/// in the usual case is what makes the request graph a graph, so edge colouring applies.
/// </summary>
internal sealed class SchedulingModel
{
    private readonly bool[] _available;

    private SchedulingModel(int slotCount, int tableCount, int participantCount, int resourceCount, bool[] available, ModelRequest[] requests, int[] keptPins)
    {
        SlotCount = slotCount;
        TableCount = tableCount;
        ParticipantCount = participantCount;
        ResourceCount = resourceCount;
        _available = available;
        Requests = requests;
        KeptPins = keptPins;
    }

    public int SlotCount { get; }
    public int TableCount { get; }
    public int ParticipantCount { get; }

    /// <summary>Participants first (resource i = participant i), then the shared tables.</summary>
    public int ResourceCount { get; }

    /// <summary>In the problem's order.</summary>
    public IReadOnlyList<ModelRequest> Requests { get; }

    /// <summary>Requests whose slot pin is kept, in the problem's order.</summary>
    public IReadOnlyList<int> KeptPins { get; }

    public bool IsAvailable(int participant, int slot) => _available[participant * SlotCount + slot];

    public static SchedulingModel Build(SchedulingProblem problem)
    {
        ProblemValidation.ThrowIfInvalid(problem);
        var slots = problem.SlotCount;
        var tables = problem.TableCount;
        var participants = problem.Participants;
        var index = new Dictionary<string, int>(participants.Count, StringComparer.Ordinal);
        var available = new bool[participants.Count * slots];
        for (var p = 0; p < participants.Count; p++)
        {
            index[participants[p].Id] = p;
            for (var s = 0; s < slots; s++)
            {
                available[p * slots + s] = participants[p].IsAvailableIn(s);
            }
        }

        var requests = new ModelRequest[problem.Requests.Count];
        for (var i = 0; i < requests.Length; i++)
        {
            var source = problem.Requests[i];
            var first = index[source.First];
            var second = index[source.Second];
            var request = new ModelRequest
            {
                Index = i,
                Id = source.Id,
                First = first,
                Second = second,
                Priority = source.Priority,
                Table = source.PinnedTable ?? participants[first].FixedTable ?? participants[second].FixedTable,
            };
            request.PinRejected =
                (source.PinnedTable is { } table && (table < 0 || table >= tables)) ||
                (source.PinnedSlot is { } slot && (slot < 0 || slot >= slots || !available[first * slots + slot] || !available[second * slots + slot]));
            requests[i] = request;
        }

        var tableResource = SharedTables(requests, tables, participants.Count, out var resourceCount);
        foreach (var request in requests)
        {
            // A rejected pin's table may be outside the session; it is never placed, so it needs no table.
            request.Resources = !request.PinRejected && request.Table is { } t && tableResource[t] >= 0
                ? [request.First, request.Second, tableResource[t]]
                : [request.First, request.Second];
        }

        var keptPins = KeepPins(problem, requests, slots, tables, resourceCount);
        foreach (var request in requests)
        {
            request.AllowedSlots = request.PinRejected ? []
                : request.KeptSlot is { } kept ? [kept]
                : Enumerable.Range(0, slots).Where(s => available[request.First * slots + s] && available[request.Second * slots + s]).ToArray();
        }
        return new SchedulingModel(slots, tables, participants.Count, resourceCount, available, requests, keptPins);
    }

    // A table needs its own resource only when no single participant is in every meeting settled at
    // it: then two of its meetings could otherwise land in the same slot.
    private static int[] SharedTables(ModelRequest[] requests, int tables, int participantCount, out int resourceCount)
    {
        var candidateA = new int[tables];
        var candidateB = new int[tables];
        var used = new bool[tables];
        foreach (var request in requests)
        {
            if (request.PinRejected || request.Table is not { } t)
            {
                continue;
            }
            if (!used[t])
            {
                used[t] = true;
                candidateA[t] = request.First;
                candidateB[t] = request.Second;
                continue;
            }
            if (candidateA[t] != request.First && candidateA[t] != request.Second)
            {
                candidateA[t] = -1;
            }
            if (candidateB[t] != request.First && candidateB[t] != request.Second)
            {
                candidateB[t] = -1;
            }
        }
        var resource = new int[tables];
        resourceCount = participantCount;
        for (var t = 0; t < tables; t++)
        {
            resource[t] = used[t] && candidateA[t] < 0 && candidateB[t] < 0 ? resourceCount++ : -1;
        }
        return resource;
    }

    // Pins are kept in the problem's order: a later pin that needs a participant, a settled table or
    // the last table of a slot an earlier pin already holds is rejected.
    private static int[] KeepPins(SchedulingProblem problem, ModelRequest[] requests, int slots, int tables, int resourceCount)
    {
        var taken = new bool[resourceCount * slots];
        var tablesTaken = new bool[tables * slots];
        var pinsInSlot = new int[slots];
        var kept = new List<int>();
        foreach (var request in requests)
        {
            if (request.PinRejected || problem.Requests[request.Index].PinnedSlot is not { } slot)
            {
                continue;
            }
            var clash = pinsInSlot[slot] >= tables
                || request.Resources.Any(r => taken[r * slots + slot])
                || (request.Table is { } t && tablesTaken[t * slots + slot]);
            if (clash)
            {
                request.PinRejected = true;
                continue;
            }
            foreach (var r in request.Resources)
            {
                taken[r * slots + slot] = true;
            }
            if (request.Table is { } table)
            {
                tablesTaken[table * slots + slot] = true;
            }
            pinsInSlot[slot]++;
            request.KeptSlot = slot;
            kept.Add(request.Index);
        }
        return [.. kept];
    }
}
