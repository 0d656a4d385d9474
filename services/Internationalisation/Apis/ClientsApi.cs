using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis;

public static class ClientsApi
{
    public static RouteHandlerBuilder MapClientsApi(this IEndpointRouteBuilder app) =>
        app.MapReplicatedOrganisationApi<InternationalisationDbContext>("/api/internationalisation/clients", "Clients", "GetClient", Policies.CeipOfficer)
            .WithSummary("CEIP's copy of an organisation");
}
