using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

public static class ApplicantsApi
{
    public static RouteGroupBuilder MapApplicantsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/funding/applicants").WithTags("Applicants");

        api.MapGet("/{organisationId:guid}", GetApplicant)
            .WithName(nameof(GetApplicant))
            .WithSummary("The funding service's view of an organisation, as used for eligibility checks")
            .RequireAuthorization(Policies.RegionalOfficer);

        return api;
    }

    public static async Task<Results<Ok<ApplicantResponse>, NotFound>> GetApplicant(Guid organisationId, FundingDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == organisationId, cancellationToken) is { } applicant
            ? TypedResults.Ok(new ApplicantResponse(applicant.OrganisationId, applicant.LegalName, applicant.Kind, applicant.Province))
            : TypedResults.NotFound();
}

public sealed record ApplicantResponse(Guid OrganisationId, string LegalName, string Kind, string Province);
