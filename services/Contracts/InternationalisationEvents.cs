using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — internationalisation: CEIP recorded an international or inter-regional collaboration of a
/// cluster. The registry adds it to its collaborations register and indicators.
/// Exchange <c>piedmont.internationalisation.collaboration-recorded.v1</c>.
/// </summary>
/// <param name="CollaborationId">Id of the collaboration in the internationalisation service.</param>
/// <param name="ClusterCode">The Piedmont cluster collaborating.</param>
/// <param name="Kind">mou, eu-project, joint-call or other.</param>
/// <param name="Title">What the collaboration is.</param>
/// <param name="PartnerName">The partner (a cluster, region, agency…).</param>
/// <param name="PartnerRegion">The partner's region, e.g. Auvergne-Rhône-Alpes.</param>
/// <param name="PartnerCountry">ISO 3166-1 alpha-2 country code; IT means inter-regional.</param>
/// <param name="StartsOn">When it starts.</param>
/// <param name="OccurredAt">When it was recorded.</param>
[EntityName("piedmont.internationalisation.collaboration-recorded.v1")]
[MessageUrn("piedmont:internationalisation:collaboration-recorded:v1")]
public sealed record CollaborationRecorded(
    Guid CollaborationId,
    string ClusterCode,
    string Kind,
    string Title,
    string PartnerName,
    string? PartnerRegion,
    string PartnerCountry,
    DateOnly? StartsOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
