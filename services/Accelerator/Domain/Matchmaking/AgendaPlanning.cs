using PiedmontSystem.Matchmaking;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>What the organiser's scheduler works on: the session's people, its accepted requests and the meetings already booked.</summary>
public sealed record AgendaInput(
    MatchmakingSession Session,
    IReadOnlyList<Registration> Registrations,
    IReadOnlyList<SessionBuyer> Buyers,
    IReadOnlyList<MeetingRequest> AcceptedRequests,
    IReadOnlyList<Meeting> BookedMeetings);

/// <summary>A request the scheduler placed: slot 0-based, table 1-based (the buyer's).</summary>
public sealed record Placement(MeetingRequest Request, int Slot, int Table);

/// <summary>The scheduler's run, read back: new placements, requests it could not place, and its bound.</summary>
public sealed record AgendaPlan(IReadOnlyList<Placement> Placements, IReadOnlyList<Guid> Unplaced, int Pinned, int UpperBound);

/// <summary>
/// Turns a session into a <see cref="SchedulingProblem"/> for <see cref="MeetingScheduler"/> and reads
/// its answer back. Buyers sit at their own table; breaks and slots someone cannot attend are left out
/// of their availability; meetings already booked are pinned to their slot and table; requests sent
/// by buyers go first when not all fit. The answer is checked before anything is saved: the
/// scheduler is a library that changes on its own schedule, and a double booking must never reach
/// the agenda (the database's unique indexes would refuse it too).
/// </summary>
public static class AgendaPlanning
{
    public static SchedulingProblem Problem(AgendaInput input)
    {
        var session = input.Session;
        var pinned = input.BookedMeetings.Where(m => m.IsLive).ToDictionary(m => m.RequestId);
        // A booked meeting stays where it is even if its sides have since narrowed their availability.
        HashSet<int> Slots(IEnumerable<int> available, Func<Meeting, bool> theirs) =>
            available.Concat(pinned.Values.Where(theirs).Select(m => m.Slot)).Where(s => !session.IsBreak(s)).ToHashSet();
        var participants = input.Registrations.Where(r => r.IsActive)
            .Select(r => new SchedulingParticipant(ParticipantKey(r.Id), Slots(r.AvailableSlots, m => m.RegistrationId == r.Id)))
            .Concat(input.Buyers.Select(b => new SchedulingParticipant(BuyerKey(b.BuyerId), Slots(b.AvailableSlots, m => m.BuyerId == b.BuyerId), b.Table - 1)))
            .ToList();
        var known = participants.Select(p => p.Id).ToHashSet();
        var requests = input.AcceptedRequests
            .Where(r => known.Contains(ParticipantKey(r.RegistrationId)) && known.Contains(BuyerKey(r.BuyerId)))
            .OrderByDescending(r => pinned.ContainsKey(r.Id)).ThenBy(r => r.SentAt).ThenBy(r => r.Id)
            .Select(r => pinned.TryGetValue(r.Id, out var booked)
                ? new SchedulingRequest(r.Id.ToString(), ParticipantKey(r.RegistrationId), BuyerKey(r.BuyerId), Priority(r), booked.Slot, booked.Table - 1)
                : new SchedulingRequest(r.Id.ToString(), ParticipantKey(r.RegistrationId), BuyerKey(r.BuyerId), Priority(r)))
            .ToList();
        return new SchedulingProblem(session.SlotCount, session.TableCount, participants, requests);
    }

    /// <summary>Reads the scheduler's answer; throws when it breaks a rule of the session (nothing is saved then).</summary>
    public static AgendaPlan Read(AgendaInput input, SchedulingProblem problem, ScheduleResult result)
    {
        var requests = input.AcceptedRequests.ToDictionary(r => r.Id.ToString());
        var participants = problem.Participants.ToDictionary(p => p.Id);
        var pinned = problem.Requests.Where(r => r.PinnedSlot is not null).ToDictionary(r => r.Id);
        var busy = new HashSet<(string, int)>();
        var tables = new HashSet<(int, int)>();
        var placed = new HashSet<string>();
        var placements = new List<Placement>();
        foreach (var meeting in result.Meetings)
        {
            var request = problem.Requests.FirstOrDefault(r => r.Id == meeting.RequestId)
                ?? throw Refused($"it placed request {meeting.RequestId}, which it was not given");
            if (!placed.Add(meeting.RequestId))
            {
                throw Refused($"it placed request {meeting.RequestId} twice");
            }
            if (meeting.Slot < 0 || meeting.Slot >= problem.SlotCount || input.Session.IsBreak(meeting.Slot) || meeting.Table < 0 || meeting.Table >= problem.TableCount)
            {
                throw Refused($"request {meeting.RequestId} went to slot {meeting.Slot}, table {meeting.Table + 1}, which the session does not offer");
            }
            foreach (var person in new[] { participants[request.First], participants[request.Second] })
            {
                if (!person.IsAvailableIn(meeting.Slot) || !busy.Add((person.Id, meeting.Slot)))
                {
                    throw Refused($"{person.Id} is unavailable or booked twice in slot {meeting.Slot}");
                }
                if (person.FixedTable is { } own && own != meeting.Table)
                {
                    throw Refused($"buyer {person.Id} was moved from table {own + 1} to table {meeting.Table + 1}");
                }
            }
            if (!tables.Add((meeting.Table, meeting.Slot)))
            {
                throw Refused($"table {meeting.Table + 1} is used twice in slot {meeting.Slot}");
            }
            if (pinned.TryGetValue(meeting.RequestId, out var booked))
            {
                if (booked.PinnedSlot != meeting.Slot || booked.PinnedTable != meeting.Table)
                {
                    throw Refused($"booked request {meeting.RequestId} was moved");
                }
                continue;
            }
            placements.Add(new Placement(requests[meeting.RequestId], meeting.Slot, meeting.Table + 1));
        }
        var lostPins = pinned.Keys.Where(id => !placed.Contains(id)).ToList();
        if (lostPins.Count > 0)
        {
            throw Refused($"booked request(s) {string.Join(", ", lostPins)} were dropped");
        }
        var unplaced = problem.Requests.Where(r => !placed.Contains(r.Id)).Select(r => Guid.Parse(r.Id)).ToList();
        return new AgendaPlan(placements, unplaced, pinned.Count, result.UpperBound);
    }

    public static string ParticipantKey(Guid registrationId) => "p:" + registrationId.ToString("N");

    public static string BuyerKey(Guid buyerId) => "b:" + buyerId.ToString("N");

    /// <summary>A buyer's own request signals the likelier deal, and a buyer's time is the scarce one.</summary>
    private static int Priority(MeetingRequest request) => request.From == Side.Buyer ? 1 : 0;

    private static InvalidOperationException Refused(string detail) =>
        new($"The meeting scheduler's answer was refused: {detail}. Nothing was saved.");
}
