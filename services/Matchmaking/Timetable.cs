namespace PiedmontSystem.Matchmaking;

/// <summary>
/// The schedule being built: which meeting holds each resource in each slot, and how many meetings
/// each slot holds (a slot holds at most one meeting per table). Tables themselves are handed out at
/// the end (<see cref="TableAssignment"/>), since any free table will do for most meetings.
/// </summary>
internal sealed class Timetable
{
    private readonly SchedulingModel _model;
    private readonly int[] _occupant;
    private readonly int[] _slotOf;
    private readonly int[] _countInSlot;

    public Timetable(SchedulingModel model)
    {
        _model = model;
        _occupant = new int[model.ResourceCount * model.SlotCount];
        Array.Fill(_occupant, -1);
        _slotOf = new int[model.Requests.Count];
        Array.Fill(_slotOf, -1);
        _countInSlot = new int[model.SlotCount];
    }

    public SchedulingModel Model => _model;
    public int PlacedCount { get; private set; }
    public int SlotOf(int request) => _slotOf[request];
    public bool IsPlaced(int request) => _slotOf[request] >= 0;
    public int CountIn(int slot) => _countInSlot[slot];
    public bool HasFreeTable(int slot) => _countInSlot[slot] < _model.TableCount;
    public int Occupant(int resource, int slot) => _occupant[resource * _model.SlotCount + slot];

    public bool ResourcesFree(int request, int slot)
    {
        foreach (var r in _model.Requests[request].Resources)
        {
            if (_occupant[r * _model.SlotCount + slot] >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The distinct meetings holding one of the request's resources in the slot (at most three).</summary>
    public int Blockers(int request, int slot, Span<int> blockers)
    {
        var count = 0;
        foreach (var r in _model.Requests[request].Resources)
        {
            var occupant = _occupant[r * _model.SlotCount + slot];
            if (occupant >= 0 && !blockers[..count].Contains(occupant))
            {
                blockers[count++] = occupant;
            }
        }
        return count;
    }

    public void Place(int request, int slot)
    {
        foreach (var r in _model.Requests[request].Resources)
        {
            _occupant[r * _model.SlotCount + slot] = request;
        }
        _slotOf[request] = slot;
        _countInSlot[slot]++;
        PlacedCount++;
    }

    public void Remove(int request)
    {
        var slot = _slotOf[request];
        foreach (var r in _model.Requests[request].Resources)
        {
            _occupant[r * _model.SlotCount + slot] = -1;
        }
        _slotOf[request] = -1;
        _countInSlot[slot]--;
        PlacedCount--;
    }

    /// <summary>Available slots between the participant's first and last meeting in which they have none.</summary>
    public int IdleSlots(int participant)
    {
        var slots = _model.SlotCount;
        var first = -1;
        var last = -1;
        for (var s = 0; s < slots; s++)
        {
            if (_occupant[participant * slots + s] >= 0)
            {
                if (first < 0)
                {
                    first = s;
                }
                last = s;
            }
        }
        var idle = 0;
        for (var s = first + 1; s < last; s++)
        {
            if (_occupant[participant * slots + s] < 0 && _model.IsAvailable(participant, s))
            {
                idle++;
            }
        }
        return idle;
    }
}
