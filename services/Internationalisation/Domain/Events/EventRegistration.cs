using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Events;

public enum EventRegistrationStatus
{
    Confirmed,
    WaitListed,
    Cancelled,
}

/// <summary>
/// An organisation's registration for an international event: confirmed while places remain,
/// otherwise wait-listed with its arrival position; a freed place goes to the first waiting. One
/// per organisation and event; a cancelled one is taken up again (the same row, at the back of the line).
/// </summary>
public sealed class EventRegistration
{
    private EventRegistration()
    {
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The organisation's legal name from this service's copy of the registry, when it has it.</summary>
    public string? OrganisationName { get; private set; }

    public EventRegistrationStatus Status { get; private set; }

    /// <summary>Arrival order among those who waited (1 = first); kept once moved up, for the record.</summary>
    public int? WaitListPosition { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsActive => Status != EventRegistrationStatus.Cancelled;

    /// <summary>
    /// Registers, given the places counted under the event's lock: confirmed when
    /// <paramref name="confirmed"/> is below the capacity, otherwise at <paramref name="nextWaitListPosition"/>.
    /// The deadline is judged at <paramref name="receivedAt"/> (when the gateway received the request);
    /// <see cref="RegisteredAt"/> is <paramref name="placedAt"/>, when the registration took its place
    /// under the lock: the arrival order that decides places, so that the registrations listed by it
    /// are in the order of their places and wait-list positions.
    /// </summary>
    public static EventRegistration Register(InternationalEvent e, Guid organisationId, string? organisationName, int confirmed, int nextWaitListPosition,
        DateTimeOffset receivedAt, DateTimeOffset placedAt)
    {
        e.CheckAcceptsRegistrations(receivedAt);
        var registration = new EventRegistration { Id = Guid.CreateVersion7(placedAt), EventId = e.Id, OrganisationId = organisationId };
        registration.Enter(e, organisationName, confirmed, nextWaitListPosition, placedAt);
        return registration;
    }

    /// <summary>Takes a cancelled registration up again, as a new arrival; an active one is a conflict.</summary>
    public void Renew(InternationalEvent e, string? organisationName, int confirmed, int nextWaitListPosition, DateTimeOffset receivedAt, DateTimeOffset placedAt)
    {
        if (IsActive)
        {
            throw EventsRules.AlreadyRegistered(Id);
        }
        e.CheckAcceptsRegistrations(receivedAt);
        CancelledAt = null;
        Enter(e, organisationName, confirmed, nextWaitListPosition, placedAt);
    }

    /// <summary>The first waiting takes a freed place.</summary>
    public void MoveUp(DateTimeOffset now)
    {
        if (Status != EventRegistrationStatus.WaitListed)
        {
            throw CommonRules.InvalidTransition("registration", Status.ToString().ToLowerInvariant(), "moved up");
        }
        Status = EventRegistrationStatus.Confirmed;
        ConfirmedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Cancels; true when it held a place (which then goes to the first waiting).</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (!IsActive)
        {
            throw CommonRules.InvalidTransition("registration", "cancelled", "cancelled");
        }
        var heldPlace = Status == EventRegistrationStatus.Confirmed;
        Status = EventRegistrationStatus.Cancelled;
        CancelledAt = now;
        UpdatedAt = now;
        return heldPlace;
    }

    private void Enter(InternationalEvent e, string? organisationName, int confirmed, int nextWaitListPosition, DateTimeOffset now)
    {
        OrganisationName = organisationName;
        RegisteredAt = now;
        UpdatedAt = now;
        if (confirmed < e.Capacity)
        {
            Status = EventRegistrationStatus.Confirmed;
            ConfirmedAt = now;
            WaitListPosition = null;
        }
        else
        {
            Status = EventRegistrationStatus.WaitListed;
            ConfirmedAt = null;
            WaitListPosition = nextWaitListPosition;
        }
    }
}
