using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

public static class ApplicantsApi
{
    public static RouteHandlerBuilder MapApplicantsApi(this IEndpointRouteBuilder app) =>
        app.MapReplicatedOrganisationApi<FundingDbContext>("/api/funding/applicants", "Applicants", "GetApplicant", Policies.RegionalOfficer)
            .WithSummary("The funding service's copy of an organisation, as eligibility checks read it");
}
