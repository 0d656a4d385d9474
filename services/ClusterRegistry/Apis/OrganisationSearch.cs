using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>
/// Sorting and keyset paging of the organisation directory. Each sort has a matching index
/// (name, id) or (registered_at, id), so the n-th page costs what the first does.
/// </summary>
internal static class OrganisationSearch
{
    public static readonly string[] Sorts = ["name", "-name", "registeredAt", "-registeredAt"];

    public static async Task<Page<OrganisationSummary>> PageAsync(IQueryable<Organisation> query, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        sort ??= "name";
        var rows = sort switch
        {
            "name" => await ByName(query, Paging.DecodeCursor<NameKey>(cursor), descending: false).Take(limit + 1).ToListAsync(cancellationToken),
            "-name" => await ByName(query, Paging.DecodeCursor<NameKey>(cursor), descending: true).Take(limit + 1).ToListAsync(cancellationToken),
            "registeredAt" => await ByRegistration(query, Paging.DecodeCursor<TimeKey>(cursor), descending: false).Take(limit + 1).ToListAsync(cancellationToken),
            "-registeredAt" => await ByRegistration(query, Paging.DecodeCursor<TimeKey>(cursor), descending: true).Take(limit + 1).ToListAsync(cancellationToken),
            _ => throw new RequestValidationException(nameof(sort), $"Sort by one of: {string.Join(", ", Sorts)}."),
        };
        var page = rows.Take(limit).ToList();
        string? next = null;
        if (rows.Count > limit)
        {
            var last = page[^1];
            next = sort.EndsWith("name", StringComparison.Ordinal)
                ? Paging.EncodeCursor(new NameKey(last.SearchName, last.Id))
                : Paging.EncodeCursor(new TimeKey(last.RegisteredAt, last.Id));
        }
        return new Page<OrganisationSummary>(
            page.Select(o => new OrganisationSummary(o.Id, o.LegalName, o.Kind, o.Province, o.SizeClass, o.InnovativeStartup, o.PrioritySystems)).ToList(),
            next);
    }

    private static IQueryable<Organisation> ByName(IQueryable<Organisation> query, NameKey? after, bool descending)
    {
        if (after is not null)
        {
            // Translated to SQL `<`/`>` on a column with the "C" collation, which is ordinal.
#pragma warning disable CA1309
            // The leading bound alone is an index range; the OR inside only breaks ties within one name.
            query = descending
                ? query.Where(o => string.Compare(o.SearchName, after.Name) <= 0 && (string.Compare(o.SearchName, after.Name) < 0 || o.Id.CompareTo(after.Id) < 0))
                : query.Where(o => string.Compare(o.SearchName, after.Name) >= 0 && (string.Compare(o.SearchName, after.Name) > 0 || o.Id.CompareTo(after.Id) > 0));
#pragma warning restore CA1309
        }
        return descending
            ? query.OrderByDescending(o => o.SearchName).ThenByDescending(o => o.Id)
            : query.OrderBy(o => o.SearchName).ThenBy(o => o.Id);
    }

    private static IQueryable<Organisation> ByRegistration(IQueryable<Organisation> query, TimeKey? after, bool descending)
    {
        if (after is not null)
        {
            query = descending
                ? query.Where(o => o.RegisteredAt <= after.At && (o.RegisteredAt < after.At || o.Id.CompareTo(after.Id) < 0))
                : query.Where(o => o.RegisteredAt >= after.At && (o.RegisteredAt > after.At || o.Id.CompareTo(after.Id) > 0));
        }
        return descending
            ? query.OrderByDescending(o => o.RegisteredAt).ThenByDescending(o => o.Id)
            : query.OrderBy(o => o.RegisteredAt).ThenBy(o => o.Id);
    }

    private sealed record NameKey(string Name, Guid Id);

    private sealed record TimeKey(DateTimeOffset At, Guid Id);
}
