using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Apis.People;

/// <summary>A person as regional officers (and the person themselves) see them: active staff roles only.</summary>
public sealed record PersonResponse(
    Guid Id, string Email, string DisplayName, Guid? OrganisationId, bool Administrator, IReadOnlyList<StaffRoleResponse> Roles)
{
    public static PersonResponse Of(Person p) => new(p.Id, p.Email ?? "", p.DisplayName, p.OrganisationId, p.IsOrganisationAdministrator,
        [.. p.ActiveStaffRoles.OrderBy(r => r.GrantedAt).ThenBy(r => r.Id).Select(StaffRoleResponse.Of)]);
}

public sealed record StaffRoleResponse(Guid GrantId, string Role, string? ClusterCode, DateTimeOffset GrantedAt, string GrantedBy)
{
    public static StaffRoleResponse Of(StaffRoleGrant g) => new(g.Id, g.Role, g.ClusterCode, g.GrantedAt, g.GrantedBy);
}

/// <summary>A staff role to grant; a cluster manager's names the cluster (its registry code), no other role's does.</summary>
public sealed record StaffRoleRequest(
    [property: Required] string? Role,
    [property: RegularExpression(StaffRoleGrant.ClusterCodePattern, ErrorMessage = "A cluster code is 2 to 30 letters, digits, - or _, starting with a letter (e.g. CLEVER).")]
    string? ClusterCode) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Role is null)
        {
            yield break;
        }
        if (!StaffRoleGrant.Grantable.Contains(Role))
        {
            yield return new ValidationResult($"'{Role}' is not a role a regional officer grants: {string.Join(", ", StaffRoleGrant.Grantable)}.", ["role"]);
        }
        else if (Role == Roles.ClusterManager && string.IsNullOrWhiteSpace(ClusterCode))
        {
            yield return new ValidationResult("A cluster manager's grant names the cluster: its registry code, e.g. CLEVER.", ["clusterCode"]);
        }
        else if (Role != Roles.ClusterManager && !string.IsNullOrEmpty(ClusterCode))
        {
            yield return new ValidationResult($"Only a cluster manager's grant names a cluster; a {Role} grant has none.", ["clusterCode"]);
        }
    }
}
