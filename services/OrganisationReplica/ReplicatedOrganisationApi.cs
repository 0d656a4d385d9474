using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>An organisation as a service's copy holds it.</summary>
public sealed record ReplicatedOrganisationResponse(Guid OrganisationId, string LegalName, string Kind, string Province);

/// <summary>
/// <c>GET {path}/{organisationId}</c>: one organisation from a service's copy, under the service's
/// own path, name and policy (funding "applicants", accelerator "candidates", CEIP "clients").
/// </summary>
public static class ReplicatedOrganisationApi
{
    public static RouteHandlerBuilder MapReplicatedOrganisationApi<TContext>(this IEndpointRouteBuilder app, string path, string tag, string name, string policy)
        where TContext : DbContext =>
        app.MapGet(path + "/{organisationId:guid}", GetReplicatedOrganisation<TContext>)
            .WithTags(tag)
            .WithName(name)
            .RequireAuthorization(policy);

    public static async Task<Results<Ok<ReplicatedOrganisationResponse>, NotFound>> GetReplicatedOrganisation<TContext>(
        Guid organisationId, TContext db, CancellationToken cancellationToken)
        where TContext : DbContext =>
        await db.Set<ReplicatedOrganisation>().AsNoTracking().FirstOrDefaultAsync(o => o.OrganisationId == organisationId, cancellationToken) is { } organisation
            ? TypedResults.Ok(new ReplicatedOrganisationResponse(organisation.OrganisationId, organisation.LegalName, organisation.Kind, organisation.Province))
            : TypedResults.NotFound();
}
