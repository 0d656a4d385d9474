using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Events;

public enum B2bRequestStatus
{
    Pending,
    Accepted,
    Declined,
}

/// <summary>
/// One participant of a B2B day asks another for a meeting (any participant may ask any other: a
/// confirmed registration's organisation or a guest, each named by its participant id — the
/// registration's id or the guest's). The other side accepts or declines; the scheduler places the
/// accepted ones at a slot and table.
/// </summary>
public sealed class B2bMeetingRequest
{
    private B2bMeetingRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid FromParticipantId { get; private set; }
    public Guid ToParticipantId { get; private set; }
    public B2bRequestStatus Status { get; private set; }
    public int? Slot { get; private set; }
    public int? Table { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public uint Version { get; private set; }

    public static B2bMeetingRequest Ask(Guid eventId, Guid from, Guid to, DateTimeOffset now)
    {
        if (from == to)
        {
            throw EventsRules.MeetingWithOneself();
        }
        return new B2bMeetingRequest { Id = Guid.CreateVersion7(now), EventId = eventId, FromParticipantId = from, ToParticipantId = to, Status = B2bRequestStatus.Pending, RequestedAt = now };
    }

    public void Accept(DateTimeOffset now) => Answer(B2bRequestStatus.Accepted, now);

    public void Decline(DateTimeOffset now) => Answer(B2bRequestStatus.Declined, now);

    /// <summary>Where the scheduler placed it; null when it could not.</summary>
    public void Place(int? slot, int? table)
    {
        Slot = slot;
        Table = table;
    }

    private void Answer(B2bRequestStatus status, DateTimeOffset now)
    {
        if (Status != B2bRequestStatus.Pending)
        {
            throw CommonRules.InvalidTransition("request", Status.ToString().ToLowerInvariant(), "answered again");
        }
        Status = status;
        AnsweredAt = now;
    }
}
