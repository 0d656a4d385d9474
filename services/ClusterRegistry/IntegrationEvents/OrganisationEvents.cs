using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Maps registry changes to the contracts other services and partners see.</summary>
internal static class OrganisationEvents
{
    /// <param name="o">The organisation as registered.</param>
    /// <param name="registeredBy">The registrant's token subject when they registered it for themselves (not a regional officer, not seeded).</param>
    public static OrganisationRegistered Registered(Organisation o, string? registeredBy = null) => new(
        o.Id, o.LegalName, o.VatNumber, QueryValues.Kebab(o.Kind), o.Province?.ToString() ?? "", o.RegisteredAt,
        QueryValues.Kebab(o.SizeClass), o.InnovativeStartup, o.AtecoCode, o.PrioritySystems, o.FoundedOn, registeredBy);

    public static OrganisationUpdated Updated(Organisation o) => new(
        o.Id, o.LegalName, o.VatNumber, QueryValues.Kebab(o.Kind), o.Province?.ToString() ?? "",
        QueryValues.Kebab(o.SizeClass), o.InnovativeStartup, o.AtecoCode, o.PrioritySystems, o.UpdatedAt, o.FoundedOn);

    /// <summary>What the audit trail keeps of an organisation's change (private figures included: officers read it).</summary>
    public static object AuditDetails(Organisation o) => new
    {
        o.LegalName, o.VatNumber, o.FiscalCode, Kind = QueryValues.Kebab(o.Kind), Province = o.Province?.ToString(), o.AtecoCode, o.FoundedOn,
        o.InnovativeStartup, o.Headcount, o.TurnoverEur, o.BalanceSheetEur, SizeClass = QueryValues.Kebab(o.SizeClass), o.PrioritySystems, o.Website,
    };
}
