using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>The day's grid: slots of <c>slotMinutes</c> from the event's start, <c>breaks</c> as 0-based slot indices, tables.</summary>
public sealed record B2bDayRequest(
    [property: Range(5, 240)] int SlotMinutes,
    [property: Range(1, B2bDay.MaxSlots)] int SlotCount,
    IReadOnlyList<int>? Breaks,
    [property: Range(1, B2bDay.MaxTables)] int TableCount);

/// <summary>A foreign participant not in the registry.</summary>
public sealed record GuestRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: Required, StringLength(2, MinimumLength = 2)] string? Country,
    [property: Required, StringLength(300, MinimumLength = 2)] string? Organisation) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Country is not null && !CountryCodes.All.Contains(Country))
        {
            yield return new ValidationResult($"'{Country}' is not an ISO 3166-1 alpha-2 country code.", [nameof(Country)]);
        }
    }
}

/// <summary>
/// A meeting request to <c>toParticipantId</c> (a confirmed registration's id or a guest's id). An
/// organisation's user asks for its own registration; a CEIP officer names <c>fromParticipantId</c> (for a guest).
/// </summary>
public sealed record B2bAskRequest(Guid? FromParticipantId, [property: Required] Guid? ToParticipantId);

public sealed record B2bDayResponse(Guid EventId, int SlotMinutes, int SlotCount, IReadOnlyList<int> Breaks, int TableCount, B2bAgendaStatus AgendaStatus, DateTimeOffset? ScheduledAt)
{
    public static B2bDayResponse Of(B2bDay d) => new(d.EventId, d.SlotMinutes, d.SlotCount, d.Breaks, d.TableCount, d.AgendaStatus, d.ScheduledAt);
}

public sealed record GuestResponse(Guid Id, Guid EventId, string Name, string Country, string Organisation, DateTimeOffset AddedAt)
{
    public static GuestResponse Of(B2bGuest g) => new(g.Id, g.EventId, g.Name, g.Country, g.Organisation, g.AddedAt);
}

public sealed record B2bRequestResponse(Guid Id, Guid EventId, Guid FromParticipantId, Guid ToParticipantId, B2bRequestStatus Status, int? Slot, int? Table, DateTimeOffset RequestedAt)
{
    public static B2bRequestResponse Of(B2bMeetingRequest r) => new(r.Id, r.EventId, r.FromParticipantId, r.ToParticipantId, r.Status, r.Slot, r.Table, r.RequestedAt);
}

/// <summary>
/// What a scheduler run placed: meetings placed of those accepted, the upper bound no schedule beats,
/// the unplaced requests, and how long the scheduler itself took.
/// </summary>
public sealed record B2bScheduleResponse(int Requested, int Placed, int UpperBound, IReadOnlyList<Guid> Unplaced, B2bAgendaStatus AgendaStatus, long Milliseconds);

/// <summary>One meeting of a participant's agenda, with whom (a name, their organisation and country) and when.</summary>
public sealed record AgendaMeeting(Guid RequestId, int Slot, int Table, DateTimeOffset StartsAt, DateTimeOffset EndsAt, Guid WithParticipantId, string WithName, string? WithCountry);

public sealed record AgendaResponse(Guid EventId, Guid ParticipantId, B2bAgendaStatus AgendaStatus, IReadOnlyList<AgendaMeeting> Meetings);

/// <summary>A participant's card: what it offers, what it looks for, and the 0-based slots it cannot attend.</summary>
public sealed record B2bProfileRequest(
    [property: StringLength(B2bProfile.MaxText)] string? Offer,
    [property: StringLength(B2bProfile.MaxText)] string? Seek,
    [property: MaxLength(B2bDay.MaxSlots)] IReadOnlyList<int>? UnavailableSlots);

/// <summary>A participant as the other participants see it: a registered organisation (country IT) or a guest.</summary>
public sealed record B2bParticipantResponse(
    Guid ParticipantId, string Kind, string Name, string Country, string? Offer, string? Seek, IReadOnlyList<int> UnavailableSlots, bool Yours);

/// <summary>A meeting request with both sides named, as its participants and CEIP officers see it.</summary>
public sealed record B2bRequestListItem(
    Guid Id, Guid FromParticipantId, string FromName, Guid ToParticipantId, string ToName, B2bRequestStatus Status, int? Slot, int? Table, DateTimeOffset RequestedAt);
