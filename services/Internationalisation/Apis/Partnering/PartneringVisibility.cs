using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>
/// Who sees what of partnering. Everyone, signed in or not, sees published profiles that have not
/// expired, by their public face. The full profile (any state, with the organisation and its
/// contact): CEIP officers all; an organisation's users their organisation's; a cluster manager
/// those of its cluster's active members (read only), from the same memberships copy as the liaison.
/// Interests: CEIP officers all; an organisation's users those it expressed and those in its
/// profiles. Anything else is not found (404), as if it did not exist.
/// </summary>
internal static class PartneringVisibility
{
    public static bool IsOfficer(CurrentUser user) => user.Roles.Contains(Roles.CeipOfficer);

    public static IQueryable<PartneringProfile> Public(IQueryable<PartneringProfile> query, DateOnly today) =>
        query.Where(p => p.Status == ProfileStatus.Published && p.ExpiresOn >= today);

    /// <summary>The profiles the caller reads in full.</summary>
    public static IQueryable<PartneringProfile> Full(IQueryable<PartneringProfile> query, InternationalisationDbContext db, CurrentUser user)
    {
        if (IsOfficer(user))
        {
            return query;
        }
        var organisation = OrganisationOf(user);
        var cluster = user.Roles.Contains(Roles.ClusterManager) ? user.ClusterCode : null;
        if (organisation is null && cluster is null)
        {
            return query.Where(p => false);
        }
        var members = ClusterMembers.Active(db, cluster ?? "");
        return query.Where(p => (organisation != null && p.OrganisationId == organisation) || (cluster != null && members.Contains(p.OrganisationId)));
    }

    public static IQueryable<PartneringInterest> Interests(IQueryable<PartneringInterest> query, InternationalisationDbContext db, CurrentUser user)
    {
        if (IsOfficer(user))
        {
            return query;
        }
        if (OrganisationOf(user) is not { } organisation)
        {
            return query.Where(i => false);
        }
        var ownProfiles = db.PartneringProfiles.Where(p => p.OrganisationId == organisation).Select(p => p.Id);
        return query.Where(i => i.OrganisationId == organisation || ownProfiles.Contains(i.ProfileId));
    }

    /// <summary>The organisation an organisation user acts for; null for every other role.</summary>
    public static Guid? OrganisationOf(CurrentUser user) => user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
}
