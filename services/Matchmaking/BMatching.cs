namespace PiedmontSystem.Matchmaking;

/// <summary>
/// The most meetings that can be chosen when each participant can take at most a given number
/// (a b-matching), ignoring which slot each would go in. On a bipartite graph it is a flow from one
/// side to the other, and exact. Otherwise it runs on the graph's bipartite double cover (every
/// participant on both sides, every request both ways): that flow is twice the best fractional
/// b-matching, so half of it, rounded down, still bounds every real schedule from above.
/// </summary>
internal static class BMatching
{
    /// <summary>
    /// Returns the bound, and in <paramref name="weights"/> (0, 1 or 2 per request) how strongly the
    /// chosen flow uses each request: 2 = chosen, 1 = half-chosen (double cover only).
    /// </summary>
    public static int Solve(SchedulingModel model, IReadOnlyList<int> requests, int[] capacity, int[]? sides, Func<int, long> cost, int[]? weights)
    {
        var participants = model.ParticipantCount;
        const int Source = 0;
        const int Sink = 1;
        var doubled = sides is null;
        var flow = new MinCostFlow(2 + participants * (doubled ? 2 : 1));
        int Left(int p) => 2 + p;
        int Right(int p) => doubled ? 2 + participants + p : 2 + p;
        for (var p = 0; p < participants; p++)
        {
            if (capacity[p] <= 0)
            {
                continue;
            }
            if (doubled || sides![p] == 0)
            {
                flow.AddArc(Source, Left(p), capacity[p], 0);
            }
            if (doubled || sides![p] == 1)
            {
                flow.AddArc(Right(p), Sink, capacity[p], 0);
            }
        }
        var arcs = new (int Forward, int Backward)[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = model.Requests[requests[i]];
            var c = cost(request.Index);
            if (doubled)
            {
                arcs[i] = (flow.AddArc(Left(request.First), Right(request.Second), 1, c), flow.AddArc(Left(request.Second), Right(request.First), 1, c));
            }
            else
            {
                var (from, to) = sides![request.First] == 0 ? (request.First, request.Second) : (request.Second, request.First);
                arcs[i] = (flow.AddArc(Left(from), Right(to), 1, c), -1);
            }
        }
        var total = flow.Run(Source, Sink);
        if (weights is not null)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                weights[requests[i]] = doubled
                    ? flow.FlowOn(arcs[i].Forward) + flow.FlowOn(arcs[i].Backward)
                    : 2 * flow.FlowOn(arcs[i].Forward);
            }
        }
        return doubled ? total / 2 : total;
    }
}
