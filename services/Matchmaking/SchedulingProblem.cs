namespace PiedmontSystem.Matchmaking;

/// <summary>
/// One matchmaking session to schedule: <see cref="SlotCount"/> time slots (0-based, in time order)
/// with <see cref="TableCount"/> tables each, the people who meet and the accepted meeting requests.
/// </summary>
public sealed record SchedulingProblem(
    int SlotCount,
    int TableCount,
    IReadOnlyList<SchedulingParticipant> Participants,
    IReadOnlyList<SchedulingRequest> Requests);

/// <summary>
/// Someone who meets. <paramref name="AvailableSlots"/> null means every slot (breaks and partial
/// presence are slots left out); <paramref name="FixedTable"/> is the table the participant stays at
/// (a buyer's own table), so every meeting of theirs is held there.
/// </summary>
public sealed record SchedulingParticipant(string Id, IReadOnlySet<int>? AvailableSlots = null, int? FixedTable = null)
{
    public bool IsAvailableIn(int slot) => AvailableSlots is null || AvailableSlots.Contains(slot);
}

/// <summary>
/// An accepted meeting request between two participants. A request already booked (by the
/// participants themselves, or in an agenda published before) carries its slot and table, which the
/// scheduler keeps. A higher <paramref name="Priority"/> is placed first when not all fit.
/// </summary>
/// <remarks>
/// The request's table is <paramref name="PinnedTable"/> when set, else the First's fixed table, else
/// the Second's: when both participants have different fixed tables, the First hosts. A pin that
/// cannot be kept (slot or table out of range, a participant unavailable in the pinned slot, or the
/// slot, table or a participant already taken by an earlier pin in the list) is not moved elsewhere:
/// the request is left unplaced and listed in <see cref="ScheduleResult.RejectedPins"/>, so an
/// organiser sees the booking that broke instead of finding it silently moved.
/// </remarks>
public sealed record SchedulingRequest(string Id, string First, string Second, int Priority = 0, int? PinnedSlot = null, int? PinnedTable = null);

/// <summary>A request placed in a slot at a table.</summary>
public sealed record ScheduledMeeting(string RequestId, int Slot, int Table);

/// <summary>
/// The scheduler's answer: the meetings placed, the requests it could not place, and an upper bound
/// on how many could be placed at all (no schedule places more), so a caller can tell "best
/// possible" from "could do better".
/// </summary>
public sealed record ScheduleResult(IReadOnlyList<ScheduledMeeting> Meetings, IReadOnlyList<string> Unplaced, int UpperBound)
{
    /// <summary>Pinned requests whose pin could not be kept (see <see cref="SchedulingRequest"/>); each is also in <see cref="Unplaced"/>.</summary>
    public IReadOnlyList<string> RejectedPins { get; init; } = [];
}
