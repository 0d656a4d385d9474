using PiedmontSystem.Contracts;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.IntegrationEvents;

/// <summary>Maps changes of people to the contracts other services and partners see (no e-mail, no name: ids only).</summary>
internal static class PersonEvents
{
    public static StaffRoleGranted Granted(Person person, StaffRoleGrant grant) =>
        new(person.Id.ToString(), grant.Id, grant.Role, grant.ClusterCode, grant.GrantedBy, grant.GrantedAt);

    public static StaffRoleRevoked Revoked(Person person, StaffRoleGrant grant) =>
        new(person.Id.ToString(), grant.Id, grant.Role, grant.ClusterCode, grant.RevokedBy!, grant.RevokedAt!.Value);

    public static OrganisationUserAdded Added(Person person, DateTimeOffset now) =>
        new(person.Id, person.OrganisationId!.Value, person.IsOrganisationAdministrator, now);

    public static OrganisationUserRemoved Removed(Person person, Guid organisationId, DateTimeOffset now) =>
        new(person.Id, organisationId, now);
}
