using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>
/// Answers of the partnering endpoints, built with the registry's copy of the organisations they
/// mention (a page at a time): what the profile and interest endpoints share.
/// </summary>
internal static class PartneringReads
{
    public static async Task<PartneringProfileResponse> ProfileAsync(InternationalisationServices services, PartneringProfile profile, bool withPrivate) =>
        (await ProfilesAsync(services, [profile], withPrivate))[0];

    public static async Task<Page<PartneringProfileResponse>> PageAsync(InternationalisationServices services, KeysetSlice<PartneringProfile> page, bool withPrivate) =>
        new(await ProfilesAsync(services, page.Rows, withPrivate), page.NextCursor);

    public static async Task<List<PartneringInterestResponse>> InterestsAsync(InternationalisationServices services, IReadOnlyList<PartneringInterest> interests)
    {
        var ids = interests.Select(i => i.ProfileId).Distinct().ToList();
        var profiles = await services.Db.PartneringProfiles.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, services.Cancellation);
        var organisations = await OrganisationsAsync(services, interests.Select(i => i.OrganisationId).Concat(profiles.Values.Select(p => p.OrganisationId)));
        return interests.Select(i => Interest(services, i, profiles[i.ProfileId], organisations)).ToList();
    }

    private static async Task<List<PartneringProfileResponse>> ProfilesAsync(InternationalisationServices services, IReadOnlyList<PartneringProfile> profiles, bool withPrivate)
    {
        var organisations = await OrganisationsAsync(services, profiles.Select(p => p.OrganisationId));
        var today = PartneringRules.Today(services.Now);
        return profiles.Select(p => PartneringProfileResponse.Of(p, organisations.GetValueOrDefault(p.OrganisationId), today, services.Language, withPrivate)).ToList();
    }

    /// <summary>The owner's side is shown to CEIP and the owner, and to the interested organisation once it is accepted.</summary>
    private static PartneringInterestResponse Interest(InternationalisationServices services, PartneringInterest i, PartneringProfile profile,
        Dictionary<Guid, ReplicatedOrganisation> organisations)
    {
        var user = services.User;
        var seesOwner = i.IsAccepted || PartneringVisibility.IsOfficer(user) || user.ActsFor(profile.OrganisationId);
        return new PartneringInterestResponse(
            i.Id, i.ProfileId, profile.Reference, profile.Title.In(services.Language), i.OrganisationId, organisations.GetValueOrDefault(i.OrganisationId)?.LegalName,
            i.MessageIt, i.MessageEn, ContactResponse.Of(i.Contact), i.Status, i.ExpressedAt, i.AnsweredAt, i.DeclineReason,
            seesOwner
                ? new InterestCounterpartResponse(profile.OrganisationId, organisations.GetValueOrDefault(profile.OrganisationId)?.LegalName, ContactResponse.Of(profile.Contact))
                : null);
    }

    private static Task<Dictionary<Guid, ReplicatedOrganisation>> OrganisationsAsync(InternationalisationServices services, IEnumerable<Guid> organisationIds)
    {
        var ids = organisationIds.Distinct().ToList();
        return services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, services.Cancellation);
    }
}
