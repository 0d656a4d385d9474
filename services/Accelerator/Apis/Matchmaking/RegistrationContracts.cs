using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// The caller's organisation registers for a session: a short pitch for buyers and the slots it can
/// attend (0-based indices; none given means every slot but the breaks).
/// </summary>
public sealed record RegistrationRequest(
    [property: StringLength(2000)] string? Pitch,
    IReadOnlyList<int>? AvailableSlots);

public sealed record RegistrationResponse(
    Guid Id,
    Guid SessionId,
    Guid OrganisationId,
    string OrganisationName,
    string? Pitch,
    IReadOnlyList<int> AvailableSlots,
    RegistrationStatus Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? CancelledAt)
{
    public static RegistrationResponse Of(Registration r) =>
        new(r.Id, r.SessionId, r.OrganisationId, r.OrganisationName, r.Pitch, r.AvailableSlots, r.Status, r.RegisteredAt, r.CancelledAt);
}
