using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Builds the international events' integration events (docs/internationalisation-events.md) from the domain.</summary>
internal static class InternationalEvents
{
    public static InternationalEventPublished Published(InternationalEvent e) => new(
        e.Id, QueryValues.Kebab(e.Kind), e.Title.It, e.Title.En, e.Country, e.City, e.TimeZone,
        e.InEventZone(e.StartsAt), e.InEventZone(e.EndsAt), e.PrioritySystems, e.Capacity,
        e.RegistrationDeadline.InRome, e.FeeEur, e.PublishedAt!.Value);

    public static EventRegistrationConfirmed Confirmed(EventRegistration r, bool fromWaitList, DateTimeOffset now) =>
        new(r.Id, r.EventId, r.OrganisationId, fromWaitList, now);

    public static EventRegistrationWaitListed WaitListed(EventRegistration r, DateTimeOffset now) =>
        new(r.Id, r.EventId, r.OrganisationId, r.WaitListPosition!.Value, now);
}
