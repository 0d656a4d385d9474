using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record ProjectResponse(
    Guid Id, string Title, Guid LeadOrganisationId, IReadOnlyList<Guid> PartnerOrganisationIds, IReadOnlyList<string> ClusterCodes,
    decimal AmountEur, string Source, DateTimeOffset RecordedAt, bool Synthetic);

public sealed record CollaborationResponse(
    Guid Id, string ClusterCode, CollaborationKind Kind, string Title, string PartnerName, string? PartnerRegion, string PartnerCountry,
    bool International, DateOnly? StartsOn, DateTimeOffset RecordedAt, bool Synthetic);

/// <summary>The projects and collaborations registers, fed by the funding and internationalisation services' events.</summary>
public static class RegisterApi
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registry").WithTags("Projects and collaborations");
        api.MapGet("/projects", ListProjects)
            .WithName(nameof(ListProjects))
            .WithSummary("Projects enabled by the clusters (from awarded grants); filter by cluster; sort -recordedAt (default) or recordedAt")
            .AllowAnonymous();
        api.MapGet("/collaborations", ListCollaborations)
            .WithName(nameof(ListCollaborations))
            .WithSummary("International and inter-regional collaborations of the clusters; filter by cluster, country, kind; sort -recordedAt (default) or recordedAt")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Ok<Page<ProjectResponse>>> ListProjects([AsParameters] RegistryServices services, string? cluster, string? sort, string? cursor, int? limit)
    {
        var query = services.Db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            var clusterId = await ClusterLookup.RequireIdAsync(services.Db, cluster, nameof(cluster), services.Cancellation);
            query = query.Where(p => p.ClusterIds.Contains(clusterId));
        }
        var after = Paging.DecodeCursor<TimeKey>(cursor);
        var take = Paging.Limit(limit);
        var newestFirst = NewestFirst(sort);
        if (after is not null)
        {
            query = newestFirst
                ? query.Where(p => p.RecordedAt <= after.At && (p.RecordedAt < after.At || p.Id.CompareTo(after.Id) < 0))
                : query.Where(p => p.RecordedAt >= after.At && (p.RecordedAt > after.At || p.Id.CompareTo(after.Id) > 0));
        }
        var rows = await (newestFirst
            ? query.OrderByDescending(p => p.RecordedAt).ThenByDescending(p => p.Id)
            : query.OrderBy(p => p.RecordedAt).ThenBy(p => p.Id))
            .Take(take + 1).ToListAsync(services.Cancellation);
        var codes = await ClusterCodesAsync(services);
        var items = rows.Take(take).Select(p => new ProjectResponse(
            p.Id, p.Title, p.LeadOrganisationId, p.PartnerOrganisationIds, p.ClusterIds.Select(id => codes.GetValueOrDefault(id, "?")).ToList(),
            p.AmountEur, p.Source, p.RecordedAt, p.Synthetic)).ToList();
        return TypedResults.Ok(new Page<ProjectResponse>(items, rows.Count > take ? Paging.EncodeCursor(new TimeKey(items[^1].RecordedAt, items[^1].Id)) : null));
    }

    public static async Task<Ok<Page<CollaborationResponse>>> ListCollaborations([AsParameters] RegistryServices services, string? cluster, string? country, string? kind, string? sort, string? cursor, int? limit)
    {
        var query = services.Db.Collaborations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            var clusterId = await ClusterLookup.RequireIdAsync(services.Db, cluster, nameof(cluster), services.Cancellation);
            query = query.Where(c => c.ClusterId == clusterId);
        }
        if (!string.IsNullOrWhiteSpace(country))
        {
            var upper = country.ToUpperInvariant();
            query = query.Where(c => c.PartnerCountry == upper);
        }
        if (QueryValues.Enum<CollaborationKind>(kind, nameof(kind)) is { } k)
        {
            query = query.Where(c => c.Kind == k);
        }
        var after = Paging.DecodeCursor<TimeKey>(cursor);
        var take = Paging.Limit(limit);
        var newestFirst = NewestFirst(sort);
        if (after is not null)
        {
            query = newestFirst
                ? query.Where(c => c.RecordedAt <= after.At && (c.RecordedAt < after.At || c.Id.CompareTo(after.Id) < 0))
                : query.Where(c => c.RecordedAt >= after.At && (c.RecordedAt > after.At || c.Id.CompareTo(after.Id) > 0));
        }
        var rows = await (newestFirst
            ? query.OrderByDescending(c => c.RecordedAt).ThenByDescending(c => c.Id)
            : query.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id))
            .Take(take + 1).ToListAsync(services.Cancellation);
        var codes = await ClusterCodesAsync(services);
        var items = rows.Take(take).Select(c => new CollaborationResponse(
            c.Id, codes.GetValueOrDefault(c.ClusterId, "?"), c.Kind, c.Title, c.PartnerName, c.PartnerRegion, c.PartnerCountry, c.IsInternational,
            c.StartsOn, c.RecordedAt, c.Synthetic)).ToList();
        return TypedResults.Ok(new Page<CollaborationResponse>(items, rows.Count > take ? Paging.EncodeCursor(new TimeKey(items[^1].RecordedAt, items[^1].Id)) : null));
    }

    /// <summary>Registers are listed newest first (<c>-recordedAt</c>, the default) or oldest first (<c>recordedAt</c>).</summary>
    private static bool NewestFirst(string? sort) => (sort ?? "-recordedAt") switch
    {
        "-recordedAt" => true,
        "recordedAt" => false,
        _ => throw new RequestValidationException(nameof(sort), "Sort by one of: -recordedAt, recordedAt."),
    };

    private static Task<Dictionary<Guid, string>> ClusterCodesAsync(RegistryServices services) =>
        services.Db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, services.Cancellation);

    private sealed record TimeKey(DateTimeOffset At, Guid Id);
}
