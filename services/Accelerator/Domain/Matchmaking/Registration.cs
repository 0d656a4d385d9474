namespace PiedmontSystem.Accelerator.Domain.Matchmaking;

public enum RegistrationStatus
{
    Registered,
    Cancelled,
}

/// <summary>
/// A start-up or SME registered for a session by its own users, with the slots it can attend. A
/// cancelled registration can be taken up again (the same row) while registration is open.
/// </summary>
public sealed class Registration
{
    private Registration()
    {
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The organisation's legal name from the registry's copy when it registered.</summary>
    public string OrganisationName { get; private set; } = "";

    /// <summary>What the organisation offers, in a few lines, for buyers choosing whom to meet.</summary>
    public string? Pitch { get; private set; }

    public List<int> AvailableSlots { get; private set; } = [];
    public RegistrationStatus Status { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsActive => Status == RegistrationStatus.Registered;

    /// <summary>Registers an organisation the rules found eligible (<see cref="RegistrationEligibility"/>), before the deadline.</summary>
    public static Registration Register(MatchmakingSession session, Guid organisationId, string organisationName, string? pitch, IReadOnlyList<int>? availableSlots, DateTimeOffset now)
    {
        session.CheckAcceptsRegistrations(now);
        return new Registration
        {
            Id = Guid.CreateVersion7(now),
            SessionId = session.Id,
            OrganisationId = organisationId,
            OrganisationName = organisationName,
            Pitch = pitch,
            AvailableSlots = session.Availability(availableSlots, "availableSlots"),
            Status = RegistrationStatus.Registered,
            RegisteredAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Takes a cancelled registration up again, before the deadline; an active one is a conflict.</summary>
    public void Renew(MatchmakingSession session, string organisationName, string? pitch, IReadOnlyList<int>? availableSlots, DateTimeOffset now)
    {
        if (IsActive)
        {
            throw MatchmakingRules.AlreadyRegistered();
        }
        session.CheckAcceptsRegistrations(now);
        OrganisationName = organisationName;
        Pitch = pitch;
        AvailableSlots = session.Availability(availableSlots, "availableSlots");
        Status = RegistrationStatus.Registered;
        RegisteredAt = now;
        CancelledAt = null;
        UpdatedAt = now;
    }

    public void SetAvailability(MatchmakingSession session, IReadOnlyList<int>? slots, DateTimeOffset now)
    {
        RequireActive("given new availability");
        session.CheckAvailabilityCanChange(now);
        AvailableSlots = session.Availability(slots, "availableSlots");
        UpdatedAt = now;
    }

    /// <summary>Cancels at any time before the session closes; its requests and meetings are called off with it.</summary>
    public void Cancel(MatchmakingSession session, DateTimeOffset now)
    {
        RequireActive("cancelled");
        if (session.StatusAt(now) == SessionStatus.Closed)
        {
            throw ServiceDefaults.Errors.CommonRules.InvalidTransition("session", "closed", "changed");
        }
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
        UpdatedAt = now;
    }

    public bool IsAvailableIn(int slot) => AvailableSlots.Contains(slot);

    private void RequireActive(string action)
    {
        if (!IsActive)
        {
            throw ServiceDefaults.Errors.CommonRules.InvalidTransition("registration", "cancelled", action);
        }
    }
}
