using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — identity: a regional officer granted a person a staff role. The person's next token (or
/// refresh) carries it. Exchange <c>piedmont.identity.staff-role-granted.v1</c>.
/// </summary>
/// <param name="Subject">The person's id as tokens name it (the <c>sub</c> claim).</param>
/// <param name="GrantId">The grant; its revocation names it again.</param>
/// <param name="Role">cluster-manager, evaluator, accelerator-manager, ceip-officer, regional-officer or operator.</param>
/// <param name="ClusterCode">The cluster a cluster manager runs (e.g. CLEVER); null for other roles.</param>
/// <param name="GrantedBy">The token subject of the regional officer who granted it.</param>
/// <param name="OccurredAt">When it was granted.</param>
[EntityName("piedmont.identity.staff-role-granted.v1")]
[MessageUrn("piedmont:identity:staff-role-granted:v1")]
public sealed record StaffRoleGranted(
    string Subject,
    Guid GrantId,
    string Role,
    string? ClusterCode,
    string GrantedBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — identity: a regional officer revoked a person's staff role. Tokens issued before keep it
/// until they expire (minutes); no refresh carries it again. Exchange <c>piedmont.identity.staff-role-revoked.v1</c>.
/// </summary>
/// <param name="Subject">The person's id as tokens name it (the <c>sub</c> claim).</param>
/// <param name="GrantId">The grant revoked.</param>
/// <param name="Role">The role it gave.</param>
/// <param name="ClusterCode">The cluster, for a cluster manager; null otherwise.</param>
/// <param name="RevokedBy">The token subject of the regional officer who revoked it.</param>
/// <param name="OccurredAt">When it was revoked.</param>
[EntityName("piedmont.identity.staff-role-revoked.v1")]
[MessageUrn("piedmont:identity:staff-role-revoked:v1")]
public sealed record StaffRoleRevoked(
    string Subject,
    Guid GrantId,
    string Role,
    string? ClusterCode,
    string RevokedBy,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — identity: a person now acts for an organisation (role organisation-user): its registrant
/// became its administrator, or a person accepted an administrator's invitation.
/// Exchange <c>piedmont.identity.organisation-user-added.v1</c>.
/// </summary>
/// <param name="PersonId">The person (the <c>sub</c> claim of their tokens).</param>
/// <param name="OrganisationId">The registry's id of the organisation.</param>
/// <param name="Administrator">Whether the person administers the organisation's people (invites colleagues).</param>
/// <param name="OccurredAt">When it happened.</param>
[EntityName("piedmont.identity.organisation-user-added.v1")]
[MessageUrn("piedmont:identity:organisation-user-added:v1")]
public sealed record OrganisationUserAdded(
    Guid PersonId,
    Guid OrganisationId,
    bool Administrator,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — identity: an organisation's administrator removed a person from it; the person's next
/// token no longer acts for it. Exchange <c>piedmont.identity.organisation-user-removed.v1</c>.
/// </summary>
/// <param name="PersonId">The person (the <c>sub</c> claim of their tokens).</param>
/// <param name="OrganisationId">The registry's id of the organisation.</param>
/// <param name="OccurredAt">When it happened.</param>
[EntityName("piedmont.identity.organisation-user-removed.v1")]
[MessageUrn("piedmont:identity:organisation-user-removed:v1")]
public sealed record OrganisationUserRemoved(
    Guid PersonId,
    Guid OrganisationId,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
