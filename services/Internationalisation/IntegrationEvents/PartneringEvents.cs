using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Builds the partnering profiles' integration events (docs/internationalisation-partnering.md): never a contact, a description or a message.</summary>
internal static class PartneringEvents
{
    public static PartneringProfilePublished Published(PartneringProfile p) => new(
        p.Id, p.Reference!, p.OrganisationId, QueryValues.Kebab(p.Direction), QueryValues.Kebab(p.Kind), p.Title.It, p.Title.En, p.Summary.It, p.Summary.En,
        p.CountriesOfInterest, p.PrioritySystems, p.NaceCodes, p.Keywords, p.ExpiresOn, p.PublishedAt!.Value);

    public static PartneringProfileWithdrawn Withdrawn(PartneringProfile p) => new(p.Id, p.Reference!, p.OrganisationId, p.WithdrawnAt!.Value);

    public static PartneringInterestExpressed Expressed(PartneringInterest i, PartneringProfile p) =>
        new(i.Id, p.Id, p.Reference!, p.OrganisationId, i.OrganisationId, i.ExpressedAt);
}
