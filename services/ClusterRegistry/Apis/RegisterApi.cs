using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>The projects and collaborations registers, fed by the funding and internationalisation services' events.</summary>
public static class RegisterApi
{
    // Registers are listed newest first (-recordedAt, the default) or oldest first (recordedAt).
    private static readonly InstantSort<Project> ProjectsByRecording = new("recordedAt", p => p.RecordedAt, p => p.Id);
    private static readonly InstantSort<Collaboration> CollaborationsByRecording = new("recordedAt", c => c.RecordedAt, c => c.Id);

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
        var page = await ProjectsByRecording.For(sort).ReadAsync(query, cursor, limit, services.Cancellation);
        var codes = await ClusterCodesAsync(services);
        return TypedResults.Ok(page.Map(p => new ProjectResponse(
            p.Id, p.Title, p.LeadOrganisationId, p.PartnerOrganisationIds, p.ClusterIds.Select(id => codes.GetValueOrDefault(id, "?")).ToList(),
            p.AmountEur, p.Source, p.RecordedAt, p.Synthetic)));
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
        var page = await CollaborationsByRecording.For(sort).ReadAsync(query, cursor, limit, services.Cancellation);
        var codes = await ClusterCodesAsync(services);
        return TypedResults.Ok(page.Map(c => new CollaborationResponse(
            c.Id, codes.GetValueOrDefault(c.ClusterId, "?"), c.Kind, c.Title, c.PartnerName, c.PartnerRegion, c.PartnerCountry, c.IsInternational,
            c.StartsOn, c.RecordedAt, c.Synthetic)));
    }

    private static Task<Dictionary<Guid, string>> ClusterCodesAsync(RegistryServices services) =>
        services.Db.Clusters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, services.Cancellation);
}
