using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Apis.Organisations;

/// <summary>
/// Who manages an organisation's people: its administrators — a person whose token acts for the
/// organisation and whom this service's own record still names its administrator (a token is
/// minutes old; the record is now) — and, to look and cancel, regional officers.
/// </summary>
internal static class OrganisationAccess
{
    public static async Task<bool> AdministersAsync(IdentityServices services, Guid organisationId) =>
        services.User.ActsFor(organisationId) && services.PersonId is { } me
        && await services.Db.Users.AnyAsync(p => p.Id == me && p.OrganisationId == organisationId && p.IsOrganisationAdministrator, services.Cancellation);

    public static async Task RequireAdministratorAsync(IdentityServices services, Guid organisationId)
    {
        if (!await AdministersAsync(services, organisationId))
        {
            throw IdentityRules.NotOrganisationAdministrator();
        }
    }

    public static async Task RequireAdministratorOrOfficerAsync(IdentityServices services, Guid organisationId)
    {
        if (!services.User.IsRegionalOfficer && !await AdministersAsync(services, organisationId))
        {
            throw IdentityRules.NotAdministratorNorOfficer();
        }
    }
}
