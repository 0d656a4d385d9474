using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>
/// Who sees which liaison requests and introductions: CEIP officers all; an organisation's users
/// their organisation's; a cluster manager the requests the cluster referred and those of its
/// active members. Anything else is not found (404), as if it did not exist.
/// </summary>
internal static class LiaisonVisibility
{
    public static bool IsOfficer(CurrentUser user) => user.Roles.Contains(Roles.CeipOfficer);

    public static IQueryable<LiaisonRequest> Requests(IQueryable<LiaisonRequest> query, InternationalisationDbContext db, CurrentUser user)
    {
        if (IsOfficer(user))
        {
            return query;
        }
        var organisation = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        var cluster = user.Roles.Contains(Roles.ClusterManager) ? user.ClusterCode : null;
        if (organisation is null && cluster is null)
        {
            return query.Where(r => false);
        }
        var members = ClusterMembers.Active(db, cluster ?? "");
        return query.Where(r => (organisation != null && r.OrganisationId == organisation)
            || (cluster != null && ((r.Source == LiaisonSource.Cluster && r.ReferralReference == cluster) || members.Contains(r.OrganisationId))));
    }

    public static IQueryable<Introduction> Introductions(IQueryable<Introduction> query, CurrentUser user)
    {
        if (IsOfficer(user))
        {
            return query;
        }
        var organisation = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        return organisation is null ? query.Where(i => false) : query.Where(i => i.OrganisationId == organisation);
    }
}
