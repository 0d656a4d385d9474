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
}
