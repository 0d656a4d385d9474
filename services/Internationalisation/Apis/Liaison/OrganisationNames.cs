using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>Legal names from the registry's copy, for the organisations a page of answers mentions.</summary>
internal static class OrganisationNames
{
    public static Task<Dictionary<Guid, string>> OfAsync(InternationalisationServices services, IEnumerable<Guid> organisationIds)
    {
        var ids = organisationIds.Distinct().ToList();
        return services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId))
            .ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
    }
}
