using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — internationalisation: CEIP published an international event (a trade mission, fair or B2B
/// day abroad); organisations may register until <paramref name="RegistrationDeadline"/>.
/// Exchange <c>piedmont.internationalisation.international-event-published.v1</c>.
/// </summary>
/// <param name="EventId">Id of the event in the internationalisation service.</param>
/// <param name="Kind">trade-mission, fair or b2b-day.</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the host country.</param>
/// <param name="City">The host city.</param>
/// <param name="TimeZone">The event's IANA time zone, e.g. Europe/Berlin.</param>
/// <param name="StartsAt">Start, with the offset of the event's time zone.</param>
/// <param name="EndsAt">End, with the offset of the event's time zone.</param>
/// <param name="PrioritySystems">SPI codes the event is for; empty = all.</param>
/// <param name="Capacity">Places (organisations) available.</param>
/// <param name="RegistrationDeadline">Last instant a registration is accepted (Europe/Rome offset).</param>
/// <param name="FeeEur">Participation fee in euros; null when free.</param>
/// <param name="OccurredAt">When it was published.</param>
[EntityName("piedmont.internationalisation.international-event-published.v1")]
[MessageUrn("piedmont:internationalisation:international-event-published:v1")]
public sealed record InternationalEventPublished(
    Guid EventId,
    string Kind,
    string TitleIt,
    string TitleEn,
    string Country,
    string City,
    string TimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<string> PrioritySystems,
    int Capacity,
    DateTimeOffset RegistrationDeadline,
    decimal? FeeEur,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — internationalisation: an organisation holds a place at an international event, on
/// registering or when a freed place moved it up from the wait list.
/// Exchange <c>piedmont.internationalisation.event-registration-confirmed.v1</c>.
/// </summary>
/// <param name="RegistrationId">Id of the registration.</param>
/// <param name="EventId">Id of the event.</param>
/// <param name="OrganisationId">The registry's id of the organisation.</param>
/// <param name="FromWaitList">True when a freed place moved it up from the wait list.</param>
/// <param name="OccurredAt">When the place was given.</param>
[EntityName("piedmont.internationalisation.event-registration-confirmed.v1")]
[MessageUrn("piedmont:internationalisation:event-registration-confirmed:v1")]
public sealed record EventRegistrationConfirmed(
    Guid RegistrationId,
    Guid EventId,
    Guid OrganisationId,
    bool FromWaitList,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — internationalisation: an organisation registered for a full international event and waits
/// for a place, in arrival order. Exchange <c>piedmont.internationalisation.event-registration-wait-listed.v1</c>.
/// </summary>
/// <param name="RegistrationId">Id of the registration.</param>
/// <param name="EventId">Id of the event.</param>
/// <param name="OrganisationId">The registry's id of the organisation.</param>
/// <param name="WaitListPosition">Its arrival position among those who waited (1 = first).</param>
/// <param name="OccurredAt">When it registered.</param>
[EntityName("piedmont.internationalisation.event-registration-wait-listed.v1")]
[MessageUrn("piedmont:internationalisation:event-registration-wait-listed:v1")]
public sealed record EventRegistrationWaitListed(
    Guid RegistrationId,
    Guid EventId,
    Guid OrganisationId,
    int WaitListPosition,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
