namespace PiedmontSystem.Matchmaking;

/// <summary>
/// Puts one more meeting into the timetable, moving others out of its way when needed, and never
/// leaving a double booking behind. Three moves, cheapest first: a slot where everything it needs is
/// free (the one adding the fewest idle slots); a Kempe chain swap that frees a slot for it (this is
/// the move that makes every meeting fit under König's condition); an ejection chain, where it takes
/// a slot held by one other meeting, which then looks for a place the same way, a few steps deep.
/// With <c>tablesLimit</c> false the number of tables is ignored, so the timetable can be coloured
/// first and balanced across slots afterwards (<see cref="SlotBalancing"/>).
/// </summary>
internal sealed class MeetingInsertion
{
    private const int ChainLimit = 400;
    private readonly Timetable _timetable;
    private readonly SchedulingModel _model;
    private readonly KempeChains _kempe;
    private readonly bool[] _locked;
    private int _budget;

    public MeetingInsertion(Timetable timetable, KempeChains kempe)
    {
        _timetable = timetable;
        _model = timetable.Model;
        _kempe = kempe;
        _locked = new bool[_model.Requests.Count];
    }

    public bool TryInsert(int request, bool tablesLimit, int depth, int budget)
    {
        var meeting = _model.Requests[request];
        if (!meeting.IsSchedulable || _timetable.IsPlaced(request) || IsSaturated(meeting.First) || IsSaturated(meeting.Second))
        {
            return false;
        }
        if (TryDirect(request, tablesLimit) || TryKempe(request, tablesLimit))
        {
            return true;
        }
        _budget = budget;
        return TryEject(request, tablesLimit, depth);
    }

    /// <summary>
    /// Places a request in the slot of one lower-priority meeting in its way, which then tries to find
    /// another place and is left unplaced if it finds none. Never lowers the count of meetings.
    /// </summary>
    public bool TryDisplaceLowerPriority(int request, bool tablesLimit, int depth, int budget)
    {
        var meeting = _model.Requests[request];
        if (!meeting.IsSchedulable || _timetable.IsPlaced(request))
        {
            return false;
        }
        Span<int> blockers = stackalloc int[3];
        foreach (var slot in meeting.AllowedSlots)
        {
            if (_timetable.Blockers(request, slot, blockers) != 1)
            {
                continue;
            }
            var other = _model.Requests[blockers[0]];
            if (other.Priority >= meeting.Priority || other.KeptSlot is not null)
            {
                continue;
            }
            _timetable.Remove(other.Index);
            _timetable.Place(request, slot);
            _budget = budget;
            TryEject(other.Index, tablesLimit, depth);
            return true;
        }
        return false;
    }

    // Every available slot of the participant is taken: a new meeting of theirs could only come in
    // by pushing one of theirs out, which gains nothing.
    private bool IsSaturated(int participant)
    {
        for (var s = 0; s < _model.SlotCount; s++)
        {
            if (_model.IsAvailable(participant, s) && _timetable.Occupant(participant, s) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private bool TryDirect(int request, bool tablesLimit)
    {
        var meeting = _model.Requests[request];
        var best = -1;
        var bestIdle = int.MaxValue;
        var idleBefore = _timetable.IdleSlots(meeting.First) + _timetable.IdleSlots(meeting.Second);
        foreach (var slot in meeting.AllowedSlots)
        {
            if (!_timetable.ResourcesFree(request, slot) || (tablesLimit && !_timetable.HasFreeTable(slot)))
            {
                continue;
            }
            _timetable.Place(request, slot);
            var idle = _timetable.IdleSlots(meeting.First) + _timetable.IdleSlots(meeting.Second) - idleBefore;
            _timetable.Remove(request);
            if (idle < bestIdle)
            {
                best = slot;
                bestIdle = idle;
            }
        }
        if (best < 0)
        {
            return false;
        }
        _timetable.Place(request, best);
        return true;
    }

    private bool TryKempe(int request, bool tablesLimit)
    {
        var meeting = _model.Requests[request];
        Span<int> blockers = stackalloc int[3];
        foreach (var a in meeting.AllowedSlots)
        {
            var count = _timetable.Blockers(request, a, blockers);
            if (count == 0)
            {
                continue;
            }
            for (var b = 0; b < _model.SlotCount; b++)
            {
                if (b == a || !_kempe.Collect(blockers[..count], a, b, ChainLimit) || MovesIntoItsWay(meeting, b))
                {
                    continue;
                }
                if (tablesLimit && (_timetable.CountIn(a) - _kempe.InA + _kempe.InB + 1 > _model.TableCount || _timetable.CountIn(b) - _kempe.InB + _kempe.InA > _model.TableCount))
                {
                    continue;
                }
                _kempe.Swap(a, b);
                _timetable.Place(request, a);
                return true;
            }
        }
        return false;
    }

    // A chain meeting now in b that holds one of the request's resources would land on it in a.
    private bool MovesIntoItsWay(ModelRequest meeting, int b)
    {
        foreach (var resource in meeting.Resources)
        {
            var occupant = _timetable.Occupant(resource, b);
            if (occupant >= 0 && _kempe.InChain(occupant))
            {
                return true;
            }
        }
        return false;
    }

    private bool TryEject(int request, bool tablesLimit, int depth)
    {
        if (--_budget < 0)
        {
            return false;
        }
        var meeting = _model.Requests[request];
        foreach (var slot in meeting.AllowedSlots)
        {
            if (_timetable.ResourcesFree(request, slot) && (!tablesLimit || _timetable.HasFreeTable(slot)))
            {
                _timetable.Place(request, slot);
                return true;
            }
        }
        if (depth == 0)
        {
            return false;
        }
        _locked[request] = true;
        Span<int> blockers = stackalloc int[3];
        var placed = false;
        foreach (var slot in meeting.AllowedSlots)
        {
            if (_timetable.Blockers(request, slot, blockers) != 1 || _locked[blockers[0]] || _model.Requests[blockers[0]].KeptSlot is not null)
            {
                continue;
            }
            // The one meeting in the way leaves the slot and the request takes it: the slot's count
            // of meetings does not change, so the table limit holds.
            var other = blockers[0];
            _timetable.Remove(other);
            _timetable.Place(request, slot);
            if (TryEject(other, tablesLimit, depth - 1))
            {
                placed = true;
                break;
            }
            _timetable.Remove(request);
            _timetable.Place(other, slot);
            if (_budget < 0)
            {
                break;
            }
        }
        _locked[request] = false;
        return placed;
    }
}
