using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — cluster-registry: an organisation was entered in the directory.
/// Exchange <c>piedmont.registry.organisation-registered.v1</c>.
/// </summary>
/// <param name="OrganisationId">Registry id of the organisation; other services key their views on it.</param>
/// <param name="LegalName">Registered legal name.</param>
/// <param name="VatNumber">Italian VAT number (11 digits), when it has one.</param>
/// <param name="Kind">Organisation kind, kebab-case (enterprise, university, research-body, …).</param>
/// <param name="Province">Province code (TO, AL, AT, BI, CN, NO, VB, VC).</param>
/// <param name="OccurredAt">When it was registered.</param>
[EntityName("piedmont.registry.organisation-registered.v1")]
[MessageUrn("piedmont:registry:organisation-registered:v1")]
public sealed record OrganisationRegistered(
    Guid OrganisationId,
    string LegalName,
    string? VatNumber,
    string Kind,
    string Province,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
