using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Events;

/// <summary>
/// A B2B day participant's card, as b2match shows it: what it offers and what it looks for (so others
/// know whom to ask), and the slots it cannot attend (the scheduler places no meeting there).
/// Keyed by the participant id (a confirmed registration's id or a guest's id).
/// </summary>
public sealed class B2bProfile
{
    public const int MaxText = 1000;

    private B2bProfile()
    {
    }

    public Guid ParticipantId { get; private set; }
    public Guid EventId { get; private set; }
    public string? Offer { get; private set; }
    public string? Seek { get; private set; }
    public List<int> UnavailableSlots { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public static B2bProfile For(Guid eventId, Guid participantId) => new() { EventId = eventId, ParticipantId = participantId };

    /// <summary>
    /// Sets the card. A slot already holding one of the participant's meetings cannot be made
    /// unavailable (the meeting is kept; the participant declines it first, or asks CEIP to move it).
    /// </summary>
    public void Set(B2bDay day, string? offer, string? seek, IReadOnlyCollection<int> unavailable, IReadOnlyCollection<int> slotsWithMeetings, DateTimeOffset now)
    {
        if (day.AgendaStatus == B2bAgendaStatus.Final)
        {
            throw CommonRules.InvalidTransition("agenda", "final", "changed");
        }
        var outside = unavailable.Where(s => s < 0 || s >= day.SlotCount).ToList();
        if (outside.Count > 0)
        {
            throw EventsRules.SlotOutsideTheGrid(outside, day.SlotCount);
        }
        var taken = unavailable.Intersect(slotsWithMeetings).Order().ToList();
        if (taken.Count > 0)
        {
            throw EventsRules.SlotHasAMeeting(taken);
        }
        Offer = offer;
        Seek = seek;
        UnavailableSlots = [.. unavailable.Distinct().Order()];
        UpdatedAt = now;
    }
}
