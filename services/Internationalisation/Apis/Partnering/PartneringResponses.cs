using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

public sealed record ContactResponse(string Name, string Email, string? Phone)
{
    public static ContactResponse Of(ProfileContact c) => new(c.Name, c.Email, c.Phone);
}

/// <summary>
/// A partnering profile. Its public face, as anyone reads it, says where the organisation is
/// (<c>country</c> IT, <c>region</c> Piemonte) and what kind and size it is, never which one it is
/// or whom to contact (EEN profiles are anonymous; interest goes through the platform):
/// <see cref="Private"/> is null. The owner's users, the managers of a cluster it is an active
/// member of, and CEIP officers get <see cref="Private"/>. <c>status</c> is computed from the
/// clock: a published profile past its <c>expiresOn</c> is <c>expired</c>.
/// </summary>
public sealed record PartneringProfileResponse(
    Guid Id,
    string? Reference,
    ProfileDirection Direction,
    ProfileKind Kind,
    string Title,
    string TitleIt,
    string TitleEn,
    string Summary,
    string SummaryIt,
    string SummaryEn,
    string Description,
    string DescriptionIt,
    string DescriptionEn,
    IReadOnlyList<string> CountriesOfInterest,
    IReadOnlyList<string> PrioritySystems,
    IReadOnlyList<string> NaceCodes,
    IReadOnlyList<string> Keywords,
    DateOnly ExpiresOn,
    ProfileStatus Status,
    DateTimeOffset? PublishedAt,
    string Country,
    string Region,
    string? OrganisationKind,
    string? OrganisationSizeClass,
    PartneringProfilePrivateResponse? Private)
{
    public const string HomeCountry = "IT";
    public const string HomeRegion = "Piemonte";

    public static PartneringProfileResponse Of(PartneringProfile p, ReplicatedOrganisation? organisation, DateOnly today, Language language, bool withPrivate) => new(
        p.Id, p.Reference, p.Direction, p.Kind,
        p.Title.In(language), p.Title.It, p.Title.En, p.Summary.In(language), p.Summary.It, p.Summary.En, p.Description.In(language), p.Description.It, p.Description.En,
        p.CountriesOfInterest, p.PrioritySystems, p.NaceCodes, p.Keywords, p.ExpiresOn, p.StatusOn(today), p.PublishedAt,
        HomeCountry, HomeRegion, organisation?.Kind, organisation?.SizeClass,
        withPrivate
            ? new PartneringProfilePrivateResponse(p.OrganisationId, organisation?.LegalName, ContactResponse.Of(p.Contact), p.CreatedBy, p.CreatedAt, p.UpdatedAt,
                p.SubmittedAt, p.ReturnedAt, p.ReturnReason, p.ValidatedBy, p.RenewedAt, p.WithdrawnAt, p.WithdrawReason)
            : null);
}

/// <summary>What only the owner, its cluster's managers and CEIP read: who the organisation is, its contact, the validation history.</summary>
public sealed record PartneringProfilePrivateResponse(
    Guid OrganisationId,
    string? OrganisationName,
    ContactResponse Contact,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReturnedAt,
    string? ReturnReason,
    string? ValidatedBy,
    DateTimeOffset? RenewedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawReason);

/// <summary>The profile's owner as the interested organisation sees it once the interest is accepted (CEIP officers and the owner always).</summary>
public sealed record InterestCounterpartResponse(Guid OrganisationId, string? OrganisationName, ContactResponse Contact);

/// <summary>
/// An expression of interest: who is interested (<c>organisationId</c>, its name and the contact it
/// gave) and its message, seen by the profile's owner, the interested organisation and CEIP;
/// <see cref="ProfileOwner"/> (the owner and its contact) is given to the interested organisation
/// only once the interest is accepted.
/// </summary>
public sealed record PartneringInterestResponse(
    Guid Id,
    Guid ProfileId,
    string? ProfileReference,
    string ProfileTitle,
    Guid OrganisationId,
    string? OrganisationName,
    string? MessageIt,
    string? MessageEn,
    ContactResponse Contact,
    InterestStatus Status,
    DateTimeOffset ExpressedAt,
    DateTimeOffset? AnsweredAt,
    string? DeclineReason,
    InterestCounterpartResponse? ProfileOwner);
