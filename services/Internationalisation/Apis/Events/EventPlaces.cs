using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.IntegrationEvents;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// An event's places. Every registration, cancellation and capacity change runs under the event's
/// row lock (<see cref="LockAsync"/>), so concurrent registrations queue: places are counted and
/// given in arrival order, never more than the capacity; a freed place goes to the first waiting.
/// </summary>
public static class EventPlaces
{
    public sealed record Count(int Confirmed, int WaitListed);

    /// <summary>Locks the event for the caller's transaction and loads it tracked; null when there is none.</summary>
    public static async Task<InternationalEvent?> LockAsync(InternationalisationServices services, Guid eventId) =>
        await services.Db.LockInternationalEventAsync(eventId, services.Cancellation)
            ? await services.Db.InternationalEvents.FirstAsync(e => e.Id == eventId, services.Cancellation)
            : null;

    public static async Task<Count> CountAsync(InternationalisationServices services, Guid eventId) =>
        (await CountAsync(services, [eventId])).GetValueOrDefault(eventId, new Count(0, 0));

    public static async Task<Dictionary<Guid, Count>> CountAsync(InternationalisationServices services, IReadOnlyCollection<Guid> eventIds) =>
        (await services.Db.EventRegistrations.Where(r => eventIds.Contains(r.EventId) && r.Status != EventRegistrationStatus.Cancelled)
            .GroupBy(r => r.EventId)
            .Select(g => new { EventId = g.Key, Confirmed = g.Count(r => r.Status == EventRegistrationStatus.Confirmed), WaitListed = g.Count(r => r.Status == EventRegistrationStatus.WaitListed) })
            .ToListAsync(services.Cancellation))
        .ToDictionary(c => c.EventId, c => new Count(c.Confirmed, c.WaitListed));

    /// <summary>The next arrival position on the event's wait list (positions are never reused).</summary>
    public static async Task<int> NextWaitListPositionAsync(InternationalisationServices services, Guid eventId) =>
        (await services.Db.EventRegistrations.Where(r => r.EventId == eventId && r.WaitListPosition != null).MaxAsync(r => r.WaitListPosition, services.Cancellation) ?? 0) + 1;

    /// <summary>Announces a registration as it came out: confirmed or wait-listed.</summary>
    public static void Announce(InternationalisationServices services, EventRegistration registration)
    {
        if (registration.Status == EventRegistrationStatus.Confirmed)
        {
            services.RecordChange(InternationalEvents.Confirmed(registration, fromWaitList: false, services.Now), "event-registration.confirmed", "event-registration", registration.Id,
                new { registration.EventId, registration.OrganisationId });
        }
        else
        {
            services.RecordChange(InternationalEvents.WaitListed(registration, services.Now), "event-registration.wait-listed", "event-registration", registration.Id,
                new { registration.EventId, registration.OrganisationId, registration.WaitListPosition });
        }
    }

    /// <summary>Moves the waiting up, in arrival order, while places are free; the event must be locked.</summary>
    public static async Task<int> FillFromWaitListAsync(InternationalisationServices services, InternationalEvent e)
    {
        await services.Db.SaveChangesAsync(services.Cancellation);
        var free = e.Capacity - (await CountAsync(services, e.Id)).Confirmed;
        if (free <= 0 || e.Status != InternationalEventStatus.Published)
        {
            return 0;
        }
        var next = await services.Db.EventRegistrations.Where(r => r.EventId == e.Id && r.Status == EventRegistrationStatus.WaitListed)
            .OrderBy(r => r.WaitListPosition).Take(free).ToListAsync(services.Cancellation);
        foreach (var registration in next)
        {
            registration.MoveUp(services.Now);
            services.RecordChange(InternationalEvents.Confirmed(registration, fromWaitList: true, services.Now), "event-registration.moved-up", "event-registration", registration.Id,
                new { registration.EventId, registration.OrganisationId, registration.WaitListPosition });
        }
        return next.Count;
    }
}
