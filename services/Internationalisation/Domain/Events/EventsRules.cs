using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Internationalisation.Domain.Events;

/// <summary>The rules of international events, each with a stable problem type clients can switch on.</summary>
public static class EventsRules
{
    public static DomainRuleException NotOpenForRegistration(InternationalEventStatus status) =>
        new("event-not-open", "The event does not take registrations",
            $"Registrations are taken for published events only; this one is {status.ToString().ToLowerInvariant()}.", 409);

    public static DomainRuleException AlreadyRegistered(Guid registrationId) =>
        new("already-registered", "Already registered", "The organisation is already registered for this event (confirmed or waiting).", 409)
        {
            Extensions = { ["registrationId"] = registrationId },
        };

    public static DomainRuleException CapacityBelowConfirmed(int capacity, int confirmed) =>
        new("capacity-below-confirmed", "Capacity below the confirmed registrations",
            $"{confirmed} registration(s) are confirmed; the capacity cannot go down to {capacity}.", 409)
        {
            Extensions = { ["confirmed"] = confirmed },
        };

    public static DomainRuleException NotAB2bDay() =>
        new("not-a-b2b-day", "The event is not a B2B day", "Slots, guests, meeting requests and agendas belong to events of kind b2b-day.", 409);

    public static DomainRuleException GridOutlastsTheEvent(int minutes) =>
        new("grid-outlasts-event", "The slots outlast the event", $"The slots take {minutes} minutes from the event's start, past its end.", 422);

    public static DomainRuleException MeetingWithOneself() =>
        new("meeting-with-oneself", "A participant cannot meet itself", "Ask another participant of the day.", 422);

    public static DomainRuleException NotAParticipant(Guid participantId) =>
        new("not-a-participant", "Not a participant of the B2B day",
            "Participants are the organisations with a confirmed registration and the day's guests.", 422)
        {
            Extensions = { ["participantId"] = participantId },
        };

    public static DomainRuleException RequestAlreadyExists() =>
        new("request-already-exists", "A request between the two exists", "There is already a meeting request between these participants; one per pair.", 409);

    public static DomainRuleException NoGrid() =>
        new("no-b2b-grid", "The day has no slots yet", "Define the day's slots and tables before scheduling.", 409);

    public static DomainRuleException SlotOutsideTheGrid(IReadOnlyList<int> slots, int slotCount) =>
        new("slot-outside-grid", "Slots outside the day's grid", $"Slot(s) {string.Join(", ", slots)} are not among the day's slots 0-{slotCount - 1}.", 422)
        {
            Extensions = { ["slots"] = slots },
        };

    public static DomainRuleException SlotHasAMeeting(IReadOnlyList<int> slots) =>
        new("slot-has-meeting", "A meeting is placed in the slot",
            $"Slot(s) {string.Join(", ", slots)} hold one of the participant's meetings; decline it, or ask CEIP to reschedule, before marking the slot unavailable.", 409)
        {
            Extensions = { ["slots"] = slots },
        };
}
