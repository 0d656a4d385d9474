using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// A page of the organisation directory (a search, a cluster's members). Each sort has a matching
/// index, (search_name, id) or (registered_at, id), so the n-th page costs what the first does.
/// </summary>
internal static class OrganisationPages
{
    private static readonly string[] Sorts = ["name", "-name", "registeredAt", "-registeredAt"];

    // search_name has the "C" collation, so comparing it is ordinal, as the keyset's order is.
    private static readonly Keyset<Organisation, string> ByName = Keyset.By<Organisation, string>(o => o.SearchName, o => o.Id, descending: false);
    private static readonly Keyset<Organisation, string> ByNameDescending = Keyset.By<Organisation, string>(o => o.SearchName, o => o.Id, descending: true);
    private static readonly Keyset<Organisation, DateTimeOffset> ByRegistration = Keyset.By<Organisation, DateTimeOffset>(o => o.RegisteredAt, o => o.Id, descending: false);
    private static readonly Keyset<Organisation, DateTimeOffset> ByRegistrationDescending = Keyset.By<Organisation, DateTimeOffset>(o => o.RegisteredAt, o => o.Id, descending: true);

    public static async Task<Page<OrganisationSummaryResponse>> ReadAsync(IQueryable<Organisation> organisations, string? sort, string? cursor, int? limit, CancellationToken cancellationToken) =>
        (sort ?? "name") switch
        {
            "name" => (await ByName.ReadAsync(organisations, cursor, limit, cancellationToken)).Map(Summary),
            "-name" => (await ByNameDescending.ReadAsync(organisations, cursor, limit, cancellationToken)).Map(Summary),
            "registeredAt" => (await ByRegistration.ReadAsync(organisations, cursor, limit, cancellationToken)).Map(Summary),
            "-registeredAt" => (await ByRegistrationDescending.ReadAsync(organisations, cursor, limit, cancellationToken)).Map(Summary),
            _ => throw new RequestValidationException(nameof(sort), $"Sort by one of: {string.Join(", ", Sorts)}."),
        };

    /// <summary>The organisations among <paramref name="organisations"/> that are active members of the cluster.</summary>
    public static IQueryable<Organisation> ActiveMembersOf(this IQueryable<Organisation> organisations, RegistryDbContext db, Guid clusterId) =>
        organisations.Where(o => db.Memberships.Any(m => m.ClusterId == clusterId && m.OrganisationId == o.Id && m.Status == MembershipStatus.Active));

    private static OrganisationSummaryResponse Summary(Organisation o) =>
        new(o.Id, o.LegalName, o.Kind, o.Province, o.SizeClass, o.InnovativeStartup, o.PrioritySystems);
}
