using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>One side's account of what came of a meeting; a signed supply contract carries its value in euros.</summary>
public sealed record OutcomeRequest(
    [property: Required] OutcomeResult? Result,
    [property: Range(typeof(decimal), "0.01", "10000000000")] decimal? ContractValueEur,
    [property: StringLength(2000)] string? Note) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Result == OutcomeResult.SupplyContractSigned && ContractValueEur is null)
        {
            yield return new ValidationResult("A signed supply contract needs its value in euros.", [nameof(ContractValueEur)]);
        }
        if (Result is not null && Result != OutcomeResult.SupplyContractSigned && ContractValueEur is not null)
        {
            yield return new ValidationResult("A value is given only for a signed supply contract.", [nameof(ContractValueEur)]);
        }
        if (ContractValueEur is { } value && !MeetingOutcome.IsContractValue(value))
        {
            yield return new ValidationResult("A contract's value is more than zero euros, to the cent.", [nameof(ContractValueEur)]);
        }
    }
}

public sealed record OutcomeResponse(Side Side, OutcomeResult Result, decimal? ContractValueEur, string? Note, DateTimeOffset RecordedAt)
{
    public static OutcomeResponse Of(MeetingOutcome o) => new(o.Side, o.Result, o.ContractValueEur, o.Note, o.RecordedAt);
}

public sealed record MeetingParticipantResponse(Guid OrganisationId, string Name);

public sealed record MeetingBuyerResponse(Guid BuyerId, string Name);

/// <summary>A meeting: its slot with Rome times, the buyer's table, both sides, and the outcomes each side recorded.</summary>
public sealed record MeetingResponse(
    Guid Id,
    Guid SessionId,
    Guid RequestId,
    int Slot,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Table,
    MeetingStatus Status,
    MeetingOrigin Origin,
    MeetingParticipantResponse Participant,
    MeetingBuyerResponse Buyer,
    IReadOnlyList<OutcomeResponse> Outcomes)
{
    public static MeetingResponse Of(MatchmakingSession session, Meeting m, string participantName, string buyerName, IEnumerable<MeetingOutcome> outcomes) => new(
        m.Id, m.SessionId, m.RequestId, m.Slot, m.StartsAt(session), m.EndsAt(session), m.Table, m.Status, m.Origin,
        new MeetingParticipantResponse(m.ParticipantOrganisationId, participantName), new MeetingBuyerResponse(m.BuyerId, buyerName),
        outcomes.OrderBy(o => o.Side).Select(OutcomeResponse.Of).ToList());
}

/// <summary>One line of a person's agenda: when, which table, whom they meet.</summary>
public sealed record AgendaEntryResponse(
    Guid MeetingId,
    int Slot,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Table,
    MeetingStatus Status,
    Side Counterpart,
    Guid CounterpartId,
    string CounterpartName);

/// <summary>
/// A scheduler run: meetings it placed (tentative until the final agenda), booked meetings it kept
/// where they were, accepted requests it could not place, and its bound on how many could be placed.
/// </summary>
public sealed record ScheduleRunResponse(int Placed, int Pinned, IReadOnlyList<Guid> Unplaced, int UpperBound, SessionResponse Session);

public sealed record ContractFigure(int Count, decimal ValueEur);

public sealed record ContractsByOriginResponse(ContractFigure InsideRegion, ContractFigure OutsideRegion);

public sealed record SessionContractsResponse(Guid SessionId, string Title, DateOnly Date, int Count, decimal ValueEur);

public sealed record StartupContractsResponse(Guid OrganisationId, string Name, int Count, decimal ValueEur);

/// <summary>Supply contracts signed at Meet the corporates meetings: the total, by buyers' origin (inside or outside Piedmont) and by session.</summary>
public sealed record ContractsReportResponse(ContractFigure Total, ContractsByOriginResponse ByBuyerOrigin, IReadOnlyList<SessionContractsResponse> BySession);
