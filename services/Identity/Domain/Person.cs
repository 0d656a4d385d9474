using Microsoft.AspNetCore.Identity;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Domain;

/// <summary>
/// Someone who signs in: an ASP.NET Core Identity user (e-mail, password hash, lockout, second
/// factor) with what the platform's tokens say about them. The person's id is the tokens' subject.
/// </summary>
public sealed class Person : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Language of the pages and e-mails: "it" or "en".</summary>
    public string PreferredLanguage { get; set; } = "it";

    /// <summary>The organisation this person acts for (role organisation-user), if any: one per person.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The organisation's administrator: may invite colleagues.</summary>
    public bool IsOrganisationAdministrator { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Staff roles, granted and revoked by regional officers; revoked ones are kept for the record.</summary>
    public List<StaffRoleGrant> StaffRoles { get; } = [];

    public IEnumerable<StaffRoleGrant> ActiveStaffRoles => StaffRoles.Where(r => r.RevokedAt is null);

    /// <summary>
    /// Grants a staff role (the caller checked it is grantable and that a cluster code comes with
    /// cluster manager only). One active grant per role and cluster; one cluster per manager,
    /// because a token names one cluster.
    /// </summary>
    public StaffRoleGrant GrantStaffRole(string role, string? clusterCode, string grantedBy, DateTimeOffset now)
    {
        if (ActiveStaffRoles.Any(r => r.Role == role && r.ClusterCode == clusterCode))
        {
            throw IdentityRules.StaffRoleAlreadyGranted(role, clusterCode);
        }
        if (ActiveStaffRoles.FirstOrDefault(r => r.Role == role && r.ClusterCode is not null) is { } other)
        {
            throw IdentityRules.OneClusterPerManager(other.ClusterCode!);
        }
        var grant = new StaffRoleGrant { PersonId = Id, Role = role, ClusterCode = clusterCode, GrantedAt = now, GrantedBy = grantedBy };
        StaffRoles.Add(grant);
        return grant;
    }

    /// <summary>Revokes one of this person's grants; a regional officer never revokes their own officer role.</summary>
    public void RevokeStaffRole(StaffRoleGrant grant, string revokedBy, string? reason, DateTimeOffset now)
    {
        if (grant.Role == Roles.RegionalOfficer && revokedBy == Id.ToString())
        {
            throw IdentityRules.CannotRevokeOwnRegionalOfficerRole();
        }
        grant.Revoke(revokedBy, reason, now);
    }

    /// <summary>Starts acting for an organisation: its registrant (as administrator) or an invited colleague.</summary>
    public void JoinOrganisation(Guid organisationId, bool administrator)
    {
        if (OrganisationId is not null)
        {
            throw OrganisationId == organisationId ? IdentityRules.AlreadyInOrganisation() : IdentityRules.InAnotherOrganisation();
        }
        OrganisationId = organisationId;
        IsOrganisationAdministrator = administrator;
        // Two changes of one person at once: the second save fails on the stamp instead of overwriting.
        ConcurrencyStamp = Guid.NewGuid().ToString();
    }

    /// <summary>Stops acting for the organisation (its administrator removed the person).</summary>
    public void LeaveOrganisation()
    {
        OrganisationId = null;
        IsOrganisationAdministrator = false;
        ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
