using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — internationalisation: a CEIP officer validated a partnering profile (an offer or a request
/// for a business, technology or R&amp;D partner) and it is public until it expires. The profile's
/// private contact is never published; the public API also hides the organisation.
/// Exchange <c>piedmont.internationalisation.partnering-profile-published.v1</c>.
/// </summary>
/// <param name="ProfileId">Id of the profile in the internationalisation service.</param>
/// <param name="Reference">Its public reference, EEN style: kind (B, T, R), direction (O, R), IT, the validation date and a sequence, e.g. BOIT20261124001.</param>
/// <param name="OrganisationId">The registry's id of the organisation that owns the profile.</param>
/// <param name="Direction">offer or request.</param>
/// <param name="Kind">business, technology or research.</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="SummaryIt">Summary in Italian.</param>
/// <param name="SummaryEn">Summary in English.</param>
/// <param name="CountriesOfInterest">ISO 3166-1 alpha-2 codes.</param>
/// <param name="PrioritySystems">SPI codes.</param>
/// <param name="NaceCodes">NACE Rev. 2 / ATECO codes, e.g. 28.29; may be empty.</param>
/// <param name="Keywords">Keywords as the owner wrote them.</param>
/// <param name="ExpiresOn">Last day (Europe/Rome) the profile is public.</param>
/// <param name="OccurredAt">When it was validated.</param>
[EntityName("piedmont.internationalisation.partnering-profile-published.v1")]
[MessageUrn("piedmont:internationalisation:partnering-profile-published:v1")]
public sealed record PartneringProfilePublished(
    Guid ProfileId,
    string Reference,
    Guid OrganisationId,
    string Direction,
    string Kind,
    string TitleIt,
    string TitleEn,
    string SummaryIt,
    string SummaryEn,
    IReadOnlyList<string> CountriesOfInterest,
    IReadOnlyList<string> PrioritySystems,
    IReadOnlyList<string> NaceCodes,
    IReadOnlyList<string> Keywords,
    DateOnly ExpiresOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — internationalisation: the owner withdrew a partnering profile that had been published; it
/// is no longer public. Exchange <c>piedmont.internationalisation.partnering-profile-withdrawn.v1</c>.
/// </summary>
/// <param name="ProfileId">Id of the profile.</param>
/// <param name="Reference">Its public reference.</param>
/// <param name="OrganisationId">The registry's id of the owning organisation.</param>
/// <param name="OccurredAt">When it was withdrawn.</param>
[EntityName("piedmont.internationalisation.partnering-profile-withdrawn.v1")]
[MessageUrn("piedmont:internationalisation:partnering-profile-withdrawn:v1")]
public sealed record PartneringProfileWithdrawn(Guid ProfileId, string Reference, Guid OrganisationId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — internationalisation: an organisation expressed interest in another's published partnering
/// profile. The message and the contact it gave are not published.
/// Exchange <c>piedmont.internationalisation.partnering-interest-expressed.v1</c>.
/// </summary>
/// <param name="InterestId">Id of the expression of interest.</param>
/// <param name="ProfileId">The profile.</param>
/// <param name="ProfileReference">The profile's public reference.</param>
/// <param name="ProfileOrganisationId">The registry's id of the organisation that owns the profile.</param>
/// <param name="InterestedOrganisationId">The registry's id of the organisation interested.</param>
/// <param name="OccurredAt">When the interest was expressed.</param>
[EntityName("piedmont.internationalisation.partnering-interest-expressed.v1")]
[MessageUrn("piedmont:internationalisation:partnering-interest-expressed:v1")]
public sealed record PartneringInterestExpressed(
    Guid InterestId, Guid ProfileId, string ProfileReference, Guid ProfileOrganisationId, Guid InterestedOrganisationId, DateTimeOffset OccurredAt) : IIntegrationEvent;
