namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Kempe chains: the meetings of two slots a and b that are linked by sharing a resource. Swapping
/// the slots of a whole chain keeps the schedule free of double bookings, because every meeting that
/// could collide with a moved one is in the chain and moves too. In a bipartite request graph a chain
/// is an alternating path or an even cycle, which is what König's theorem rests on: a meeting whose two
/// participants have different free slots a and b is placed by swapping the a/b path that starts at
/// one of them, since that path cannot reach the other.
/// </summary>
internal sealed class KempeChains
{
    private readonly Timetable _timetable;
    private readonly int[] _stamp;
    private readonly bool[] _wasInA;
    private readonly List<int> _chain = [];
    private int _currentStamp;

    public KempeChains(Timetable timetable)
    {
        _timetable = timetable;
        _stamp = new int[timetable.Model.Requests.Count];
        _wasInA = new bool[timetable.Model.Requests.Count];
    }

    /// <summary>The last chain found, valid until the next call.</summary>
    public IReadOnlyList<int> Chain => _chain;
    public int InA { get; private set; }
    public int InB { get; private set; }

    /// <summary>
    /// Collects the a/b chain holding the seeds. False when it grows past <paramref name="limit"/> or
    /// holds a meeting that cannot move (a kept pin, or a participant unavailable in the other slot).
    /// </summary>
    public bool Collect(ReadOnlySpan<int> seeds, int a, int b, int limit)
    {
        _chain.Clear();
        InA = 0;
        InB = 0;
        _currentStamp++;
        foreach (var seed in seeds)
        {
            if (!Add(seed, a, b))
            {
                return false;
            }
        }
        var model = _timetable.Model;
        for (var i = 0; i < _chain.Count; i++)
        {
            if (_chain.Count > limit)
            {
                return false;
            }
            foreach (var resource in model.Requests[_chain[i]].Resources)
            {
                var inA = _timetable.Occupant(resource, a);
                if (inA >= 0 && !Add(inA, a, b))
                {
                    return false;
                }
                var inB = _timetable.Occupant(resource, b);
                if (inB >= 0 && !Add(inB, a, b))
                {
                    return false;
                }
            }
        }
        return _chain.Count <= limit;
    }

    public bool InChain(int request) => _stamp[request] == _currentStamp;

    /// <summary>Moves every meeting of the last chain to the other slot.</summary>
    public void Swap(int a, int b)
    {
        foreach (var request in _chain)
        {
            _timetable.Remove(request);
        }
        foreach (var request in _chain)
        {
            _timetable.Place(request, _wasInA[request] ? b : a);
        }
    }

    private bool Add(int request, int a, int b)
    {
        if (_stamp[request] == _currentStamp)
        {
            return true;
        }
        _stamp[request] = _currentStamp;
        _chain.Add(request);
        var model = _timetable.Model;
        var meeting = model.Requests[request];
        var slot = _timetable.SlotOf(request);
        var target = slot == a ? b : a;
        if (meeting.KeptSlot is not null || !model.IsAvailable(meeting.First, target) || !model.IsAvailable(meeting.Second, target))
        {
            return false;
        }
        _wasInA[request] = slot == a;
        if (slot == a)
        {
            InA++;
        }
        else
        {
            InB++;
        }
        return true;
    }
}
