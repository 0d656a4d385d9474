using Microsoft.AspNetCore.Identity;

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
}
