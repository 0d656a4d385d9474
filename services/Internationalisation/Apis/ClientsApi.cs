using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis;

public static class ClientsApi
{
    public static RouteGroupBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/internationalisation/clients").WithTags("Clients");

        api.MapGet("/{organisationId:guid}", GetClient)
            .WithName(nameof(GetClient))
            .WithSummary("CEIP's view of an organisation")
            .RequireAuthorization(Policies.CeipOfficer);

        return api;
    }

    public static async Task<Results<Ok<ClientResponse>, NotFound>> GetClient(Guid organisationId, InternationalisationDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == organisationId, cancellationToken) is { } client
            ? TypedResults.Ok(new ClientResponse(client.OrganisationId, client.LegalName, client.Kind, client.Province))
            : TypedResults.NotFound();
}

public sealed record ClientResponse(Guid OrganisationId, string LegalName, string Kind, string Province);
