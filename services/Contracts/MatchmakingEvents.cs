using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — accelerator: a Meet the corporates session was published; start-ups and SMEs may register
/// until <paramref name="RegistrationDeadline"/>. Exchange <c>piedmont.accelerator.session-published.v1</c>.
/// </summary>
/// <param name="SessionId">Id of the session in the accelerator service.</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Date">The day it is held (Europe/Rome).</param>
/// <param name="Place">Where it is held.</param>
/// <param name="StartsAt">First slot's start (Europe/Rome offset).</param>
/// <param name="EndsAt">Last slot's end (Europe/Rome offset).</param>
/// <param name="RegistrationDeadline">Last instant a registration is accepted (Europe/Rome offset).</param>
/// <param name="PrioritySystems">SPI codes the session is for; empty = all.</param>
/// <param name="AcceptanceMode">opt-in or opt-out.</param>
/// <param name="SchedulingMode">self-booking or scheduler.</param>
/// <param name="BuyerIds">The buyers taking part (the accelerator's buyer ids).</param>
/// <param name="BuyersFromOutsideRegion">How many of them come from outside Piedmont.</param>
/// <param name="OccurredAt">When it was published.</param>
[EntityName("piedmont.accelerator.session-published.v1")]
[MessageUrn("piedmont:accelerator:session-published:v1")]
public sealed record SessionPublished(
    Guid SessionId,
    string TitleIt,
    string TitleEn,
    DateOnly Date,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset RegistrationDeadline,
    IReadOnlyList<string> PrioritySystems,
    string AcceptanceMode,
    string SchedulingMode,
    IReadOnlyList<Guid> BuyerIds,
    int BuyersFromOutsideRegion,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: a meeting between a start-up or SME and a buyer was scheduled: booked by the
/// two sides, or placed by the organiser's scheduler and made final with the agenda.
/// Exchange <c>piedmont.accelerator.meeting-scheduled.v1</c>.
/// </summary>
/// <param name="MeetingId">Id of the meeting in the accelerator service.</param>
/// <param name="SessionId">The session it belongs to.</param>
/// <param name="RequestId">The accepted request it answers.</param>
/// <param name="ParticipantOrganisationId">Registry id of the start-up or SME.</param>
/// <param name="BuyerId">The buyer (the accelerator's buyer id).</param>
/// <param name="BuyerOrganisationId">Registry id of the buyer, when it is in the registry.</param>
/// <param name="Slot">0-based slot of the session.</param>
/// <param name="Table">1-based table (the buyer's).</param>
/// <param name="StartsAt">Start (Europe/Rome offset).</param>
/// <param name="EndsAt">End (Europe/Rome offset).</param>
/// <param name="Origin">booked or scheduler.</param>
/// <param name="OccurredAt">When it was scheduled.</param>
[EntityName("piedmont.accelerator.meeting-scheduled.v1")]
[MessageUrn("piedmont:accelerator:meeting-scheduled:v1")]
public sealed record MeetingScheduled(
    Guid MeetingId,
    Guid SessionId,
    Guid RequestId,
    Guid ParticipantOrganisationId,
    Guid BuyerId,
    Guid? BuyerOrganisationId,
    int Slot,
    int Table,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Origin,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: a supply contract came of a Meet the corporates meeting (the first side to
/// record it; a meeting's contract is announced once). Exchange <c>piedmont.accelerator.contract-signed.v1</c>.
/// </summary>
/// <param name="MeetingId">The meeting it came of.</param>
/// <param name="SessionId">The session of the meeting.</param>
/// <param name="ParticipantOrganisationId">Registry id of the start-up or SME (the supplier).</param>
/// <param name="BuyerId">The buyer (the accelerator's buyer id).</param>
/// <param name="BuyerOrganisationId">Registry id of the buyer, when it is in the registry.</param>
/// <param name="BuyerFromOutsideRegion">True when the buyer comes from outside Piedmont.</param>
/// <param name="ValueEur">The contract's value, in euros.</param>
/// <param name="RecordedBy">participant or buyer: the side that recorded it.</param>
/// <param name="OccurredAt">When it was recorded.</param>
[EntityName("piedmont.accelerator.contract-signed.v1")]
[MessageUrn("piedmont:accelerator:contract-signed:v1")]
public sealed record ContractSigned(
    Guid MeetingId,
    Guid SessionId,
    Guid ParticipantOrganisationId,
    Guid BuyerId,
    Guid? BuyerOrganisationId,
    bool BuyerFromOutsideRegion,
    decimal ValueEur,
    string RecordedBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
