using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

public static class CandidatesApi
{
    public static RouteHandlerBuilder MapCandidatesApi(this IEndpointRouteBuilder app) =>
        app.MapReplicatedOrganisationApi<AcceleratorDbContext>("/api/accelerator/candidates", "Candidates", "GetCandidate", Policies.AcceleratorManager)
            .WithSummary("The accelerator's copy of an organisation");
}
