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

/// <summary>
/// Memberships: an organisation's users request them; a manager of that cluster approves, rejects,
/// suspends or reinstates; the organisation or the cluster ends them. Each step is kept with who
/// and when, audited, and announced as an event.
/// </summary>
public static class MembershipsApi
{
    public static IEndpointRouteBuilder MapMembershipsApi(this IEndpointRouteBuilder app)
    {
        var byOrganisation = app.MapGroup("/api/registry/organisations/{organisationId:guid}/memberships").WithTags("Memberships");
        byOrganisation.MapPost("/", RequestMembership)
            .WithName(nameof(RequestMembership))
            .WithSummary("Ask to join a cluster, for the caller's own organisation")
            .ValidateRequest<MembershipRequest>()
            .WithIdempotency<RegistryDbContext>()
            .RequireAuthorization(Policies.OrganisationUser);
        byOrganisation.MapGet("/", ListOrganisationMemberships)
            .WithName(nameof(ListOrganisationMemberships))
            .WithSummary("An organisation's memberships in every state; its own users and regional officers")
            .RequireAuthorization(Policies.Authenticated);

        var memberships = app.MapGroup("/api/registry/memberships").WithTags("Memberships");
        memberships.MapGet("/{id:guid}", GetMembership)
            .WithName(nameof(GetMembership))
            .WithSummary("A membership with its steps; the organisation's users, the cluster's managers, regional officers")
            .RequireAuthorization(Policies.Authenticated);
        MapTransition(memberships, "approve", nameof(ApproveMembership), "Approve a requested membership; managers of its cluster", ApproveMembership);
        MapTransition(memberships, "reject", nameof(RejectMembership), "Reject a requested membership; managers of its cluster", RejectMembership);
        MapTransition(memberships, "suspend", nameof(SuspendMembership), "Suspend an active membership; managers of its cluster", SuspendMembership);
        MapTransition(memberships, "reinstate", nameof(ReinstateMembership), "Reinstate a suspended membership; managers of its cluster", ReinstateMembership);
        MapTransition(memberships, "end", nameof(EndMembership), "End a membership or withdraw a request; the organisation's users or the cluster's managers", EndMembership);
        return app;
    }

    private static void MapTransition(RouteGroupBuilder group, string action, string name, string summary, Delegate handler) =>
        group.MapPost($"/{{id:guid}}/{action}", handler)
            .WithName(name)
            .WithSummary(summary + "; If-Match optional")
            .AcceptsIfMatch()
            .ValidateRequest<MembershipDecisionRequest>()
            .RequireAuthorization(Policies.Authenticated);

    public static async Task<Results<Created<MembershipResponse>, NotFound>> RequestMembership(
        Guid organisationId, MembershipRequest request, [AsParameters] RegistryServices services)
    {
        if (!services.User.ActsFor(organisationId))
        {
            throw RegistryRules.NotApplicant();
        }
        var organisation = await services.Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, services.Cancellation);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var cluster = await ClusterLookup.RequireAsync(services.Db, request.ClusterCode!, "clusterCode", services.Cancellation);
        if (await services.Db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.ClusterId == cluster.Id
                && Membership.OpenStatuses.Contains(m.Status), services.Cancellation))
        {
            throw RegistryRules.MembershipAlreadyOpen(cluster.Code);
        }

        var membership = Membership.Request(organisationId, cluster, services.User.AuditName, request.Note, services.Now);
        services.Db.Memberships.Add(membership);
        services.RecordChange(MembershipEvents.Requested(membership, cluster), "membership.requested", "membership", membership.Id, new { organisationId, cluster = cluster.Code, request.Note });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw RegistryRules.MembershipAlreadyOpen(cluster.Code);
        }
        ETags.Set(services.HttpContext, membership.Version);
        return TypedResults.Created($"/api/registry/memberships/{membership.Id}", MembershipResponses.From(membership, organisation.LegalName, cluster.Code));
    }

    public static async Task<Results<Ok<Page<MembershipResponse>>, NotFound>> ListOrganisationMemberships(
        Guid organisationId, [AsParameters] RegistryServices services, string? status, string? sort, string? cursor, int? limit)
    {
        if (!services.User.ActsFor(organisationId) && !services.User.IsRegionalOfficer)
        {
            return TypedResults.NotFound();
        }
        var memberships = services.Db.Memberships.AsNoTracking().Where(m => m.OrganisationId == organisationId);
        return TypedResults.Ok(await MembershipPages.ReadAsync(services.Db, memberships, status, sort, cursor, limit, services.Cancellation));
    }

    public static async Task<Results<Ok<MembershipResponse>, NotFound>> GetMembership(Guid id, [AsParameters] RegistryServices services)
    {
        var found = await LoadAsync(services, id, tracked: false);
        // Someone else's membership is not found rather than forbidden: pending requests are private.
        if (found is null || !(services.User.ActsFor(found.Value.Membership.OrganisationId) || services.User.Manages(found.Value.Cluster.Code) || services.User.IsRegionalOfficer))
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, found.Value.Membership.Version);
        return TypedResults.Ok(await MembershipResponses.ReadAsync(services.Db, found.Value.Membership, found.Value.Cluster, services.Cancellation));
    }

    public static Task<Results<Ok<MembershipResponse>, NotFound>> ApproveMembership(Guid id, MembershipDecisionRequest request, [AsParameters] RegistryServices services) =>
        TransitionAsync(id, services, ByClusterManager, (m, c, by, now) =>
        {
            m.Approve(by, request.Note, now);
            services.RecordChange(MembershipEvents.Approved(m, c), "membership.approved", "membership", m.Id, request);
        });

    public static Task<Results<Ok<MembershipResponse>, NotFound>> RejectMembership(Guid id, MembershipDecisionRequest request, [AsParameters] RegistryServices services) =>
        TransitionAsync(id, services, ByClusterManager, (m, c, by, now) =>
        {
            m.Reject(by, request.Note, now);
            services.RecordChange(MembershipEvents.Rejected(m, c, request.Note), "membership.rejected", "membership", m.Id, request);
        });

    public static Task<Results<Ok<MembershipResponse>, NotFound>> SuspendMembership(Guid id, MembershipDecisionRequest request, [AsParameters] RegistryServices services) =>
        TransitionAsync(id, services, ByClusterManager, (m, c, by, now) =>
        {
            m.Suspend(by, request.Note, now);
            services.RecordChange(MembershipEvents.Suspended(m, c, request.Note), "membership.suspended", "membership", m.Id, request);
        });

    public static Task<Results<Ok<MembershipResponse>, NotFound>> ReinstateMembership(Guid id, MembershipDecisionRequest request, [AsParameters] RegistryServices services) =>
        TransitionAsync(id, services, ByClusterManager, (m, c, by, now) =>
        {
            m.Reinstate(by, request.Note, now);
            services.RecordChange(MembershipEvents.Reinstated(m, c), "membership.reinstated", "membership", m.Id, request);
        });

    public static Task<Results<Ok<MembershipResponse>, NotFound>> EndMembership(Guid id, MembershipDecisionRequest request, [AsParameters] RegistryServices services) =>
        TransitionAsync(id, services, (user, m, c) => user.ActsFor(m.OrganisationId) || user.Manages(c.Code), (m, c, by, now) =>
        {
            m.End(by, request.Note, now);
            services.RecordChange(MembershipEvents.Ended(m, c, request.Note), "membership.ended", "membership", m.Id, request);
        });

    private static bool ByClusterManager(CurrentUser user, Membership membership, Cluster cluster) => user.Manages(cluster.Code);

    private static async Task<Results<Ok<MembershipResponse>, NotFound>> TransitionAsync(
        Guid id, RegistryServices services, Func<CurrentUser, Membership, Cluster, bool> allowed, Action<Membership, Cluster, string, DateTimeOffset> apply)
    {
        var found = await LoadAsync(services, id, tracked: true);
        if (found is null)
        {
            return TypedResults.NotFound();
        }
        var (membership, cluster) = found.Value;
        if (!allowed(services.User, membership, cluster))
        {
            throw RegistryRules.MembershipActionNotOpen(cluster.Code);
        }
        ETags.CheckMatch(services.HttpContext, membership.Version);
        apply(membership, cluster, services.User.AuditName, services.Now);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, membership.Version);
        return TypedResults.Ok(await MembershipResponses.ReadAsync(services.Db, membership, cluster, services.Cancellation));
    }

    private static async Task<(Membership Membership, Cluster Cluster)?> LoadAsync(RegistryServices services, Guid id, bool tracked)
    {
        var memberships = tracked ? services.Db.Memberships : services.Db.Memberships.AsNoTracking();
        var membership = await memberships.FirstOrDefaultAsync(m => m.Id == id, services.Cancellation);
        if (membership is null)
        {
            return null;
        }
        var cluster = await services.Db.Clusters.AsNoTracking().FirstAsync(c => c.Id == membership.ClusterId, services.Cancellation);
        return (membership, cluster);
    }
}
