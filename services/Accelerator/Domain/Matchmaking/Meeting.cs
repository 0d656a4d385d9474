using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

/// <summary>Tentative: placed by the scheduler, not final yet. Scheduled: booked, or in the final agenda. Cancelled: called off.</summary>
public enum MeetingStatus
{
    Tentative,
    Scheduled,
    Cancelled,
}

/// <summary>Booked by the two sides (or by a manager by hand), or placed by the organiser's scheduler.</summary>
public enum MeetingOrigin
{
    Booked,
    Scheduler,
}

/// <summary>
/// An accepted request placed in a slot at the buyer's table. No organisation, buyer or table has
/// two live meetings in one slot: the database's unique indexes hold that even when two bookings race.
/// </summary>
public sealed class Meeting
{
    private Meeting()
    {
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public Guid ParticipantOrganisationId { get; private set; }
    public Guid BuyerId { get; private set; }

    /// <summary>0-based slot of the session.</summary>
    public int Slot { get; private set; }

    /// <summary>1-based table: the buyer's.</summary>
    public int Table { get; private set; }

    public MeetingStatus Status { get; private set; }
    public MeetingOrigin Origin { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public string PlacedBy { get; private set; } = "";
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelledBy { get; private set; }
    public uint Version { get; private set; }

    public bool IsLive => Status != MeetingStatus.Cancelled;

    /// <summary>
    /// Books an accepted request into a free slot at the buyer's table, where both sides are
    /// available. Whether the slot is free is for the database to say (409 <c>slot-taken</c>).
    /// </summary>
    public static Meeting Book(MatchmakingSession session, MeetingRequest request, Registration registration, SessionBuyer buyer, int slot, string by, DateTimeOffset now)
    {
        session.CheckOpenForMeetings(now, "booked");
        request.CheckBookable();
        session.CheckMeetingSlot(slot);
        if (!registration.IsAvailableIn(slot))
        {
            throw MatchmakingRules.NotAvailable(slot, registration.OrganisationName);
        }
        if (!buyer.IsAvailableIn(slot))
        {
            throw MatchmakingRules.NotAvailable(slot, "The buyer");
        }
        return New(request, slot, buyer.Table, MeetingStatus.Scheduled, MeetingOrigin.Booked, by, now);
    }

    /// <summary>A meeting the scheduler placed: tentative until the final agenda.</summary>
    public static Meeting Place(MeetingRequest request, int slot, int table, string by, DateTimeOffset now) =>
        New(request, slot, table, MeetingStatus.Tentative, MeetingOrigin.Scheduler, by, now);

    /// <summary>The final agenda makes a tentative meeting scheduled (the caller announces it).</summary>
    public void Confirm()
    {
        if (Status != MeetingStatus.Tentative)
        {
            throw CommonRules.InvalidTransition("meeting", Status.ToString().ToLowerInvariant(), "confirmed");
        }
        Status = MeetingStatus.Scheduled;
    }

    /// <summary>Either side or a manager calls a meeting off, at any time before the session closes.</summary>
    public void Cancel(MatchmakingSession session, string by, DateTimeOffset now)
    {
        if (!IsLive)
        {
            throw CommonRules.InvalidTransition("meeting", "cancelled", "cancelled");
        }
        if (session.StatusAt(now) == SessionStatus.Closed)
        {
            throw CommonRules.InvalidTransition("session", "closed", "changed");
        }
        Status = MeetingStatus.Cancelled;
        CancelledAt = now;
        CancelledBy = by;
    }

    /// <summary>The scheduler's placements are the managers' working papers until a preliminary agenda is published.</summary>
    public bool IsShownToParties(MatchmakingSession session) =>
        Status != MeetingStatus.Tentative || session.Status is SessionStatus.AgendaPreliminary or SessionStatus.AgendaFinal or SessionStatus.Closed;

    public DateTimeOffset StartsAt(MatchmakingSession session) => session.SlotStart(Slot);

    public DateTimeOffset EndsAt(MatchmakingSession session) => session.SlotEnd(Slot);

    /// <summary>Outcomes are recorded for a scheduled meeting once it has started.</summary>
    public void CheckHeld(MatchmakingSession session, DateTimeOffset now)
    {
        if (Status != MeetingStatus.Scheduled)
        {
            throw CommonRules.InvalidTransition("meeting", Status.ToString().ToLowerInvariant(), "given an outcome");
        }
        if (now < StartsAt(session))
        {
            throw MatchmakingRules.MeetingNotHeldYet(StartsAt(session));
        }
    }

    private static Meeting New(MeetingRequest request, int slot, int table, MeetingStatus status, MeetingOrigin origin, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = request.SessionId,
        RequestId = request.Id,
        RegistrationId = request.RegistrationId,
        ParticipantOrganisationId = request.ParticipantOrganisationId,
        BuyerId = request.BuyerId,
        Slot = slot,
        Table = table,
        Status = status,
        Origin = origin,
        PlacedAt = now,
        PlacedBy = by,
    };
}
