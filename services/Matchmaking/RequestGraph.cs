namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Whether the schedulable requests form a bipartite graph (two sides, every request across them, as
/// in a buyers-meet-start-ups session), and if so which side each participant is on. The guarantee
/// that everything fits, and the exact b-matching bound, both need the two sides.
/// </summary>
internal static class RequestGraph
{
    /// <summary>0 or 1 per participant, or null when some odd cycle of requests makes two sides impossible.</summary>
    public static int[]? Sides(SchedulingModel model)
    {
        var neighbours = new List<int>[model.ParticipantCount];
        for (var p = 0; p < neighbours.Length; p++)
        {
            neighbours[p] = [];
        }
        foreach (var request in model.Requests)
        {
            if (request.IsSchedulable)
            {
                neighbours[request.First].Add(request.Second);
                neighbours[request.Second].Add(request.First);
            }
        }
        var side = new int[model.ParticipantCount];
        Array.Fill(side, -1);
        var queue = new Queue<int>();
        for (var start = 0; start < side.Length; start++)
        {
            if (side[start] >= 0)
            {
                continue;
            }
            side[start] = 0;
            queue.Enqueue(start);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                foreach (var v in neighbours[u])
                {
                    if (side[v] < 0)
                    {
                        side[v] = 1 - side[u];
                        queue.Enqueue(v);
                    }
                    else if (side[v] == side[u])
                    {
                        return null;
                    }
                }
            }
        }
        return side;
    }
}
