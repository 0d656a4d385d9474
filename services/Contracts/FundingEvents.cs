using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — funding-calls: a grant was awarded to a proposal. The registry records the project it
/// enables in its projects register. Exchange <c>piedmont.funding.grant-awarded.v1</c>.
/// </summary>
/// <param name="GrantId">Id of the grant in the funding service.</param>
/// <param name="ProposalId">The funded proposal.</param>
/// <param name="CallCode">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="ProjectTitle">Title of the funded project.</param>
/// <param name="LeadOrganisationId">Registry id of the lead applicant.</param>
/// <param name="PartnerOrganisationIds">Registry ids of the other partners.</param>
/// <param name="ClusterCodes">Clusters involved (the endorsing cluster first).</param>
/// <param name="AwardedAmountEur">Total grant, in euros.</param>
/// <param name="EuShareEur">Share co-financed by the EU (ERDF).</param>
/// <param name="RegionalShareEur">Share co-financed by the region.</param>
/// <param name="OccurredAt">When it was awarded.</param>
[EntityName("piedmont.funding.grant-awarded.v1")]
[MessageUrn("piedmont:funding:grant-awarded:v1")]
public sealed record GrantAwarded(
    Guid GrantId,
    Guid ProposalId,
    string CallCode,
    string ProjectTitle,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    IReadOnlyList<string> ClusterCodes,
    decimal AwardedAmountEur,
    decimal EuShareEur,
    decimal RegionalShareEur,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
