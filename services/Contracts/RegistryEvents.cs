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
/// <param name="Province">Province code (TO, AL, AT, BI, CN, NO, VB, VC); empty when not recorded.</param>
/// <param name="OccurredAt">When it was registered.</param>
/// <param name="SizeClass">EU SME size class derived by the registry: micro, small, medium, large or unknown.</param>
/// <param name="InnovativeStartup">Registered as an innovative start-up.</param>
/// <param name="AtecoCode">ATECO 2007 / NACE activity code, e.g. 62.01.</param>
/// <param name="PrioritySystems">S3 priority innovation systems it works in (codes of the registry's reference data).</param>
/// <param name="FoundedOn">Founding date, when recorded (start-up programmes set a founding-date window).</param>
/// <param name="RegisteredBy">
/// The token subject of the person who registered it for themselves (the identity service makes
/// them its administrator); null when a regional officer registered it on its behalf, or when seeded.
/// </param>
[EntityName("piedmont.registry.organisation-registered.v1")]
[MessageUrn("piedmont:registry:organisation-registered:v1")]
public sealed record OrganisationRegistered(
    Guid OrganisationId,
    string LegalName,
    string? VatNumber,
    string Kind,
    string Province,
    DateTimeOffset OccurredAt,
    string SizeClass = "unknown",
    bool InnovativeStartup = false,
    string? AtecoCode = null,
    IReadOnlyList<string>? PrioritySystems = null,
    DateOnly? FoundedOn = null,
    string? RegisteredBy = null) : IIntegrationEvent;

/// <summary>
/// v1 — cluster-registry: an organisation's profile changed. Carries the whole current public and
/// eligibility-relevant profile, so a consumer can replace its copy.
/// Exchange <c>piedmont.registry.organisation-updated.v1</c>.
/// </summary>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="LegalName">Registered legal name.</param>
/// <param name="VatNumber">Italian VAT number (11 digits), when it has one.</param>
/// <param name="Kind">Organisation kind, kebab-case (enterprise, university, research-body, …).</param>
/// <param name="Province">Province code (TO, AL, AT, BI, CN, NO, VB, VC); empty when not recorded.</param>
/// <param name="SizeClass">EU SME size class derived by the registry: micro, small, medium, large or unknown.</param>
/// <param name="InnovativeStartup">Registered as an innovative start-up.</param>
/// <param name="AtecoCode">ATECO 2007 / NACE activity code, e.g. 62.01.</param>
/// <param name="PrioritySystems">S3 priority innovation systems it works in (codes of the registry's reference data).</param>
/// <param name="OccurredAt">When the profile changed.</param>
/// <param name="FoundedOn">Founding date, when recorded.</param>
[EntityName("piedmont.registry.organisation-updated.v1")]
[MessageUrn("piedmont:registry:organisation-updated:v1")]
public sealed record OrganisationUpdated(
    Guid OrganisationId,
    string LegalName,
    string? VatNumber,
    string Kind,
    string Province,
    string SizeClass,
    bool InnovativeStartup,
    string? AtecoCode,
    IReadOnlyList<string> PrioritySystems,
    DateTimeOffset OccurredAt,
    DateOnly? FoundedOn = null) : IIntegrationEvent;

/// <summary>v1 — cluster-registry: an organisation asked to join a cluster. Exchange <c>piedmont.registry.membership-requested.v1</c>.</summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="OccurredAt">When it was requested.</param>
[EntityName("piedmont.registry.membership-requested.v1")]
[MessageUrn("piedmont:registry:membership-requested:v1")]
public sealed record MembershipRequested(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>v1 — cluster-registry: the cluster's manager approved a membership; it is active. Exchange <c>piedmont.registry.membership-approved.v1</c>.</summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="OccurredAt">When it was approved.</param>
[EntityName("piedmont.registry.membership-approved.v1")]
[MessageUrn("piedmont:registry:membership-approved:v1")]
public sealed record MembershipApproved(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>v1 — cluster-registry: the cluster's manager rejected a membership request. Exchange <c>piedmont.registry.membership-rejected.v1</c>.</summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="Reason">The manager's note, when one was given.</param>
/// <param name="OccurredAt">When it was rejected.</param>
[EntityName("piedmont.registry.membership-rejected.v1")]
[MessageUrn("piedmont:registry:membership-rejected:v1")]
public sealed record MembershipRejected(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, string? Reason, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>v1 — cluster-registry: an active membership was suspended. Exchange <c>piedmont.registry.membership-suspended.v1</c>.</summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="Reason">The manager's note, when one was given.</param>
/// <param name="OccurredAt">When it was suspended.</param>
[EntityName("piedmont.registry.membership-suspended.v1")]
[MessageUrn("piedmont:registry:membership-suspended:v1")]
public sealed record MembershipSuspended(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, string? Reason, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>v1 — cluster-registry: a suspended membership is active again. Exchange <c>piedmont.registry.membership-reinstated.v1</c>.</summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="OccurredAt">When it was reinstated.</param>
[EntityName("piedmont.registry.membership-reinstated.v1")]
[MessageUrn("piedmont:registry:membership-reinstated:v1")]
public sealed record MembershipReinstated(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>
/// v1 — cluster-registry: a membership ended (the organisation left, or the cluster ended it), or a
/// pending request was withdrawn. Exchange <c>piedmont.registry.membership-ended.v1</c>.
/// </summary>
/// <param name="MembershipId">Registry id of the membership.</param>
/// <param name="OrganisationId">Registry id of the organisation.</param>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="ClusterCode">Code of the cluster, e.g. CLEVER.</param>
/// <param name="Reason">The note of whoever ended it (the organisation or the cluster's manager), when one was given.</param>
/// <param name="OccurredAt">When it ended.</param>
[EntityName("piedmont.registry.membership-ended.v1")]
[MessageUrn("piedmont:registry:membership-ended:v1")]
public sealed record MembershipEnded(Guid MembershipId, Guid OrganisationId, Guid ClusterId, string ClusterCode, string? Reason, DateTimeOffset OccurredAt) : IMembershipEvent;

/// <summary>
/// v1 — cluster-registry: a cluster was created or its record changed (names, status, lineage,
/// priority systems). Exchange <c>piedmont.registry.cluster-updated.v1</c>.
/// </summary>
/// <param name="ClusterId">Registry id of the cluster.</param>
/// <param name="Code">Stable code, e.g. CLEVER.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="NameIt">Name in Italian.</param>
/// <param name="Kind">regional-innovation-cluster, open-platform or historical.</param>
/// <param name="Status">active, merged or dissolved.</param>
/// <param name="SuccessorCode">For a merged cluster, the code of the cluster it became part of.</param>
/// <param name="PrioritySystems">S3 priority innovation systems the cluster covers.</param>
/// <param name="OccurredAt">When it changed.</param>
[EntityName("piedmont.registry.cluster-updated.v1")]
[MessageUrn("piedmont:registry:cluster-updated:v1")]
public sealed record ClusterUpdated(
    Guid ClusterId,
    string Code,
    string NameEn,
    string NameIt,
    string Kind,
    string Status,
    string? SuccessorCode,
    IReadOnlyList<string> PrioritySystems,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
