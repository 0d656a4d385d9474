using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record ProjectResponse(
    Guid Id, string Title, Guid LeadOrganisationId, IReadOnlyList<Guid> PartnerOrganisationIds, IReadOnlyList<string> ClusterCodes,
    decimal AmountEur, string Source, DateTimeOffset RecordedAt, bool Synthetic);

public sealed record CollaborationResponse(
    Guid Id, string ClusterCode, CollaborationKind Kind, string Title, string PartnerName, string? PartnerRegion, string PartnerCountry,
    bool International, DateOnly? StartsOn, DateTimeOffset RecordedAt, bool Synthetic);
