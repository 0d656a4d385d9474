using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ClusterRegistry.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.ClusterRegistry.Apis;

public static class ClustersApi
{
    public static RouteGroupBuilder MapClustersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registry/clusters").WithTags("Clusters");

        api.MapGet("/", ListClusters)
            .WithName(nameof(ListClusters))
            .WithSummary("Clusters with their lineage and member counts, in the language of Accept-Language")
            .AllowAnonymous();
        api.MapGet("/{code}", GetCluster)
            .WithName(nameof(GetCluster))
            .WithSummary("A cluster: its record, lineage, priority systems, roles, managing organisations and member count")
            .AllowAnonymous();
        api.MapGet("/{code}/members", ListMembers)
            .WithName(nameof(ListMembers))
            .WithSummary("The cluster's active members, by name, keyset-paginated")
            .AllowAnonymous();
        api.MapGet("/{code}/memberships", ListMemberships)
            .WithName(nameof(ListMemberships))
            .WithSummary("The cluster's memberships in any state (e.g. status=requested); its managers and regional officers")
            .RequireAuthorization(Policies.Authenticated);
        api.MapPost("/", CreateCluster)
            .WithName(nameof(CreateCluster))
            .WithSummary("Create a cluster (e.g. a new open platform); regional officers")
            .ValidateRequest<ClusterRequest>()
            .WithIdempotency<RegistryDbContext>()
            .RequireAuthorization(Policies.RegionalOfficer);
        api.MapPut("/{code}", UpdateCluster)
            .WithName(nameof(UpdateCluster))
            .RequiresIfMatch()
            .WithSummary("Replace a cluster's record; regional officers; needs If-Match")
            .ValidateRequest<ClusterRequest>()
            .RequireAuthorization(Policies.RegionalOfficer);
        api.MapPut("/{code}/profile", UpdateClusterProfile)
            .WithName(nameof(UpdateClusterProfile))
            .RequiresIfMatch()
            .WithSummary("Update how a cluster presents itself; its managers and regional officers; needs If-Match")
            .ValidateRequest<ClusterProfileRequest>()
            .RequireAuthorization(Policies.Authenticated);
        return api;
    }

    public static async Task<Ok<Page<ClusterSummaryResponse>>> ListClusters([AsParameters] RegistryServices services, string? kind, string? status, string? sort, string? cursor, int? limit)
    {
        // A few dozen clusters at most: loaded once (lineage needs them all), filtered, sorted and paged in memory.
        var all = await services.Db.Clusters.AsNoTracking().ToListAsync(services.Cancellation);
        var wantedKind = QueryValues.Enum<ClusterKind>(kind, nameof(kind));
        var wantedStatus = QueryValues.Enum<ClusterStatus>(status, nameof(status));
        var clusters = all.Where(c => (wantedKind is null || c.Kind == wantedKind) && (wantedStatus is null || c.Status == wantedStatus)).ToList();
        var counts = await MemberCountsAsync(services.Db, services.Cancellation);
        var language = services.Language;
        var ordered = (sort ?? "code") switch
        {
            "code" => clusters.OrderBy(c => c.Code, StringComparer.Ordinal),
            "-code" => clusters.OrderByDescending(c => c.Code, StringComparer.Ordinal),
            "name" => clusters.OrderBy(c => c.Name.In(language), StringComparer.CurrentCultureIgnoreCase),
            "-members" => clusters.OrderByDescending(c => counts.GetValueOrDefault(c.Id)).ThenBy(c => c.Code, StringComparer.Ordinal),
            _ => throw new RequestValidationException(nameof(sort), "Sort by one of: code, -code, name, -members."),
        };
        var offset = Paging.DecodeCursor<OffsetKey>(cursor)?.Offset ?? 0;
        var take = Paging.Limit(limit);
        var page = ordered.Skip(offset).Take(take).Select(c => ClusterResponses.Summary(c, all, counts.GetValueOrDefault(c.Id), language)).ToList();
        var next = offset + take < clusters.Count ? Paging.EncodeCursor(new OffsetKey(offset + take)) : null;
        return TypedResults.Ok(new Page<ClusterSummaryResponse>(page, next));
    }

    public static async Task<Results<Ok<ClusterResponse>, NotFound>> GetCluster(string code, [AsParameters] RegistryServices services)
    {
        var cluster = await ClusterLookup.FindAsync(services.Db, code, tracked: false, services.Cancellation);
        if (cluster is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, cluster.Version);
        return TypedResults.Ok(await ClusterResponses.ReadAsync(services.Db, cluster, services.Language, services.Cancellation));
    }

    public static async Task<Results<Ok<Page<OrganisationSummaryResponse>>, NotFound>> ListMembers(string code, [AsParameters] RegistryServices services, string? sort, string? cursor, int? limit)
    {
        var cluster = await ClusterLookup.FindAsync(services.Db, code, tracked: false, services.Cancellation);
        if (cluster is null)
        {
            return TypedResults.NotFound();
        }
        var members = services.Db.Organisations.AsNoTracking().ActiveMembersOf(services.Db, cluster.Id);
        return TypedResults.Ok(await OrganisationPages.ReadAsync(members, sort, cursor, limit, services.Cancellation));
    }

    public static async Task<Results<Ok<Page<MembershipResponse>>, NotFound>> ListMemberships(string code, [AsParameters] RegistryServices services, string? status, string? sort, string? cursor, int? limit)
    {
        var cluster = await ClusterLookup.FindAsync(services.Db, code, tracked: false, services.Cancellation);
        if (cluster is null)
        {
            return TypedResults.NotFound();
        }
        RequireManagerOrOfficer(services, cluster, "see its memberships");
        var memberships = services.Db.Memberships.AsNoTracking().Where(m => m.ClusterId == cluster.Id);
        return TypedResults.Ok(await MembershipPages.ReadAsync(services.Db, memberships, status, sort, cursor, limit, services.Cancellation));
    }

    public static async Task<Created<ClusterResponse>> CreateCluster(ClusterRequest request, [AsParameters] RegistryServices services)
    {
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            throw new RequestValidationException("code", "A new cluster needs a code.");
        }
        var code = Cluster.NormaliseCode(request.Code);
        if (await ClusterLookup.IdAsync(services.Db, code, services.Cancellation) is not null)
        {
            throw RegistryRules.ClusterCodeTaken(code);
        }
        var cluster = Cluster.Create(Guid.CreateVersion7(services.Now), code, await RecordFromAsync(request, services), services.Now);
        services.Db.Clusters.Add(cluster);
        services.RecordChange(ClusterEvents.Updated(cluster, SuccessorCodeOf(request)), "cluster.created", "cluster", cluster.Code, request);
        await services.Db.SaveChangesAsync(services.Cancellation);
        ETags.Set(services.HttpContext, cluster.Version);
        return TypedResults.Created($"/api/registry/clusters/{cluster.Code}", await ClusterResponses.ReadAsync(services.Db, cluster, services.Language, services.Cancellation));
    }

    public static async Task<Results<Ok<ClusterResponse>, NotFound>> UpdateCluster(string code, ClusterRequest request, [AsParameters] RegistryServices services)
    {
        var cluster = await ClusterLookup.FindAsync(services.Db, code, tracked: true, services.Cancellation);
        if (cluster is null)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, cluster.Version);
        cluster.RequireSameCode(request.Code);
        cluster.Update(await RecordFromAsync(request, services), services.Now);
        services.RecordChange(ClusterEvents.Updated(cluster, SuccessorCodeOf(request)), "cluster.updated", "cluster", cluster.Code, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, cluster.Version);
        return TypedResults.Ok(await ClusterResponses.ReadAsync(services.Db, cluster, services.Language, services.Cancellation));
    }

    public static async Task<Results<Ok<ClusterResponse>, NotFound>> UpdateClusterProfile(string code, ClusterProfileRequest request, [AsParameters] RegistryServices services)
    {
        var cluster = await ClusterLookup.FindAsync(services.Db, code, tracked: true, services.Cancellation);
        if (cluster is null)
        {
            return TypedResults.NotFound();
        }
        RequireManagerOrOfficer(services, cluster, "may change its profile");
        ETags.RequireMatch(services.HttpContext, cluster.Version);
        cluster.UpdateProfile(request.Description!.ToText(), request.Website, request.Contacts?.ToContacts() ?? ClusterContacts.None, services.Now);
        var successorCode = cluster.SuccessorId is { } successorId
            ? await services.Db.Clusters.Where(c => c.Id == successorId).Select(c => c.Code).FirstAsync(services.Cancellation)
            : null;
        services.RecordChange(ClusterEvents.Updated(cluster, successorCode), "cluster.profile-updated", "cluster", cluster.Code, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, cluster.Version);
        return TypedResults.Ok(await ClusterResponses.ReadAsync(services.Db, cluster, services.Language, services.Cancellation));
    }

    private static void RequireManagerOrOfficer(RegistryServices services, Cluster cluster, string what)
    {
        if (!services.User.Manages(cluster.Code) && !services.User.IsRegionalOfficer)
        {
            throw RegistryRules.NotManagerOf(cluster.Code, what);
        }
    }

    private static string? SuccessorCodeOf(ClusterRequest request) =>
        string.IsNullOrWhiteSpace(request.SuccessorCode) ? null : Cluster.NormaliseCode(request.SuccessorCode);

    private static Task<Dictionary<Guid, int>> MemberCountsAsync(RegistryDbContext db, CancellationToken cancellationToken) =>
        db.ClusterMemberCounts.AsNoTracking().ToDictionaryAsync(c => c.ClusterId, c => c.ActiveMembers, cancellationToken);

    private static async Task<ClusterRecord> RecordFromAsync(ClusterRequest request, RegistryServices services)
    {
        Guid? successorId = SuccessorCodeOf(request) is { } successorCode
            ? await ClusterLookup.RequireIdAsync(services.Db, successorCode, "successorCode", services.Cancellation)
            : null;
        var prioritySystems = await ReferenceCodeCheck.RequireKnownAsync(services.Db, ReferenceCategory.PrioritySystem, request.PrioritySystems, "prioritySystems", services.Cancellation);
        var roles = await ReferenceCodeCheck.RequireKnownAsync(services.Db, ReferenceCategory.TransversalRole, request.TransversalRoles, "transversalRoles", services.Cancellation);
        var managers = (request.ManagingOrganisationIds ?? []).Distinct().ToList();
        var knownManagers = await services.Db.Organisations.Where(o => managers.Contains(o.Id)).Select(o => o.Id).ToListAsync(services.Cancellation);
        if (managers.Except(knownManagers).Any())
        {
            throw new RequestValidationException("managingOrganisationIds", "Every managing organisation must be registered in the directory.");
        }
        return new ClusterRecord(
            request.Name!.ToText(), request.Description!.ToText(), request.Domain!.ToText(), request.Kind!.Value, request.Status!.Value, successorId,
            prioritySystems, roles, managers, request.EstablishedIn, request.ClosedIn, request.Website,
            request.Contacts?.ToContacts() ?? ClusterContacts.None);
    }

    private sealed record OffsetKey(int Offset);
}
