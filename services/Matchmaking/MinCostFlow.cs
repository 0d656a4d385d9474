namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Minimum-cost maximum flow by successive shortest paths, pushing a blocking flow along all the
/// shortest paths of each round (so a round costs one Bellman-Ford pass, not one per unit of flow).
/// Small and dependency-free: the b-matchings it solves have a few thousand arcs.
/// </summary>
internal sealed class MinCostFlow
{
    private readonly int _nodeCount;
    private readonly List<int> _to = [];
    private readonly List<int> _next = [];
    private readonly List<int> _capacity = [];
    private readonly List<long> _cost = [];
    private readonly int[] _firstArc;

    public MinCostFlow(int nodeCount)
    {
        _nodeCount = nodeCount;
        _firstArc = new int[nodeCount];
        Array.Fill(_firstArc, -1);
    }

    /// <summary>Adds an arc and returns its id, for <see cref="FlowOn"/>.</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        var id = _to.Count;
        Append(from, to, capacity, cost);
        Append(to, from, 0, -cost);
        return id;
    }

    public int FlowOn(int arc) => _capacity[arc ^ 1];

    /// <summary>Pushes as much flow as possible from source to sink at least total cost; returns the flow.</summary>
    public int Run(int source, int sink)
    {
        var capacity = _capacity.ToArray();
        var to = _to.ToArray();
        var next = _next.ToArray();
        var cost = _cost.ToArray();
        var distance = new long[_nodeCount];
        var inQueue = new bool[_nodeCount];
        var onPath = new bool[_nodeCount];
        var arcCursor = new int[_nodeCount];
        var queue = new Queue<int>();
        var flow = 0;
        while (true)
        {
            // Bellman-Ford with a queue: the residual graph has negative arcs but no negative cycle.
            Array.Fill(distance, long.MaxValue);
            distance[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                inQueue[u] = false;
                for (var arc = _firstArc[u]; arc >= 0; arc = next[arc])
                {
                    var v = to[arc];
                    if (capacity[arc] > 0 && distance[u] + cost[arc] < distance[v])
                    {
                        distance[v] = distance[u] + cost[arc];
                        if (!inQueue[v])
                        {
                            inQueue[v] = true;
                            queue.Enqueue(v);
                        }
                    }
                }
            }
            if (distance[sink] == long.MaxValue)
            {
                break;
            }
            Array.Copy(_firstArc, arcCursor, _nodeCount);
            int pushed;
            while ((pushed = Push(source, sink, int.MaxValue)) > 0)
            {
                flow += pushed;
            }
        }
        for (var arc = 0; arc < capacity.Length; arc++)
        {
            _capacity[arc] = capacity[arc];
        }
        return flow;

        // Depth-first along arcs on a shortest path; onPath stops it going round a zero-cost cycle.
        int Push(int u, int target, int limit)
        {
            if (u == target)
            {
                return limit;
            }
            onPath[u] = true;
            for (; arcCursor[u] >= 0; arcCursor[u] = next[arcCursor[u]])
            {
                var arc = arcCursor[u];
                var v = to[arc];
                if (capacity[arc] <= 0 || onPath[v] || distance[v] != distance[u] + cost[arc])
                {
                    continue;
                }
                var pushed = Push(v, target, Math.Min(limit, capacity[arc]));
                if (pushed > 0)
                {
                    capacity[arc] -= pushed;
                    capacity[arc ^ 1] += pushed;
                    onPath[u] = false;
                    return pushed;
                }
            }
            onPath[u] = false;
            return 0;
        }
    }

    private void Append(int from, int to, int capacity, long cost)
    {
        _to.Add(to);
        _capacity.Add(capacity);
        _cost.Add(cost);
        _next.Add(_firstArc[from]);
        _firstArc[from] = _to.Count - 1;
    }
}
