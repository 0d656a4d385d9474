using System.ComponentModel.DataAnnotations;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record MembershipResponse(
    Guid Id,
    Guid OrganisationId,
    string OrganisationName,
    string ClusterCode,
    MembershipStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ActiveSince,
    IReadOnlyList<MembershipStep> Steps);

public sealed record MembershipRequest([property: Required, StringLength(30, MinimumLength = 2)] string? ClusterCode, [property: StringLength(1000)] string? Note);

public sealed record MembershipDecisionRequest([property: StringLength(1000)] string? Note);
