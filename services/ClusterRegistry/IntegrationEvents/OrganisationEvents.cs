using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Contracts;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Maps registry changes to the contracts other services and partners see.</summary>
internal static class OrganisationEvents
{
    public static OrganisationRegistered Registered(Organisation organisation) => new(
        organisation.Id,
        organisation.LegalName,
        organisation.VatNumber,
        JsonNames.Of(organisation.Kind),
        organisation.Province.ToString(),
        organisation.RegisteredAt);
}
