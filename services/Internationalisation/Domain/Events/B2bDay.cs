using PiedmontSystem.Matchmaking;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Events;

public enum B2bAgendaStatus
{
    None,
    Preliminary,
    Final,
}

/// <summary>
/// The meeting grid of an event of kind b2b-day: slots of a set length from the event's start, some
/// of them breaks, at a number of tables; its agenda, once the shared scheduler has placed the
/// accepted requests, preliminary then final.
/// </summary>
public sealed class B2bDay
{
    public const int MaxSlots = 64;
    public const int MaxTables = 200;

    private B2bDay()
    {
    }

    public Guid EventId { get; private set; }
    public int SlotMinutes { get; private set; }
    public int SlotCount { get; private set; }
    public List<int> Breaks { get; private set; } = [];
    public int TableCount { get; private set; }
    public B2bAgendaStatus AgendaStatus { get; private set; }
    public DateTimeOffset? ScheduledAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The slots meetings may take: every slot but the breaks.</summary>
    public IReadOnlySet<int> MeetingSlots => Enumerable.Range(0, SlotCount).Except(Breaks).ToHashSet();

    public static B2bDay Define(InternationalEvent e, int slotMinutes, int slotCount, IReadOnlyList<int> breaks, int tableCount, DateTimeOffset now)
    {
        RequireB2bDay(e);
        var day = new B2bDay { EventId = e.Id };
        day.Set(e, slotMinutes, slotCount, breaks, tableCount, now);
        return day;
    }

    /// <summary>Changes the grid until the agenda is final; a placed agenda is dropped back to none (schedule again).</summary>
    public void Redefine(InternationalEvent e, int slotMinutes, int slotCount, IReadOnlyList<int> breaks, int tableCount, DateTimeOffset now)
    {
        if (AgendaStatus == B2bAgendaStatus.Final)
        {
            throw CommonRules.InvalidTransition("agenda", "final", "changed");
        }
        Set(e, slotMinutes, slotCount, breaks, tableCount, now);
        AgendaStatus = B2bAgendaStatus.None;
    }

    public void MarkScheduled(DateTimeOffset now)
    {
        if (AgendaStatus == B2bAgendaStatus.Final)
        {
            throw CommonRules.InvalidTransition("agenda", "final", "scheduled again");
        }
        AgendaStatus = B2bAgendaStatus.Preliminary;
        ScheduledAt = now;
        UpdatedAt = now;
    }

    public void MakeFinal(DateTimeOffset now)
    {
        if (AgendaStatus != B2bAgendaStatus.Preliminary)
        {
            throw CommonRules.InvalidTransition("agenda", AgendaStatus.ToString().ToLowerInvariant(), "made final");
        }
        AgendaStatus = B2bAgendaStatus.Final;
        UpdatedAt = now;
    }

    /// <summary>
    /// The day as the shared scheduler sees it: every participant present in every meeting slot but
    /// its unavailable ones, the accepted requests between current participants, placed meetings pinned.
    /// </summary>
    public SchedulingProblem SchedulingProblem(IEnumerable<Guid> participants, IReadOnlyDictionary<Guid, List<int>> unavailable,
        IEnumerable<B2bMeetingRequest> accepted)
    {
        var slots = MeetingSlots;
        var present = participants.ToHashSet();
        return new SchedulingProblem(SlotCount, TableCount,
            present.Select(p => new SchedulingParticipant(p.ToString(), unavailable.TryGetValue(p, out var busy) ? slots.Except(busy).ToHashSet() : slots)).ToList(),
            accepted.Where(r => present.Contains(r.FromParticipantId) && present.Contains(r.ToParticipantId))
                .Select(r => new SchedulingRequest(r.Id.ToString(), r.FromParticipantId.ToString(), r.ToParticipantId.ToString(), 0, r.Slot, r.Table)).ToList());
    }

    /// <summary>Places each accepted request where the scheduler put it (unplaced: no slot) and makes the agenda preliminary.</summary>
    public void Apply(ScheduleResult result, IEnumerable<B2bMeetingRequest> accepted, DateTimeOffset now)
    {
        MarkScheduled(now);
        var placed = result.Meetings.ToDictionary(m => Guid.Parse(m.RequestId));
        foreach (var request in accepted)
        {
            var meeting = placed.GetValueOrDefault(request.Id);
            request.Place(meeting?.Slot, meeting?.Table);
        }
    }

    public DateTimeOffset SlotStartsAt(InternationalEvent e, int slot) => e.StartsAt.AddMinutes(slot * SlotMinutes);

    public static void RequireB2bDay(InternationalEvent e)
    {
        if (e.Kind != InternationalEventKind.B2bDay)
        {
            throw EventsRules.NotAB2bDay();
        }
    }

    private void Set(InternationalEvent e, int slotMinutes, int slotCount, IReadOnlyList<int> breaks, int tableCount, DateTimeOffset now)
    {
        if (e.StartsAt.AddMinutes(slotMinutes * slotCount) > e.EndsAt)
        {
            throw EventsRules.GridOutlastsTheEvent(slotMinutes * slotCount);
        }
        SlotMinutes = slotMinutes;
        SlotCount = slotCount;
        Breaks = [.. breaks.Where(b => b >= 0 && b < slotCount).Distinct().Order()];
        TableCount = tableCount;
        UpdatedAt = now;
    }
}
