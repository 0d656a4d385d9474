using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis;

public static class CandidatesApi
{
    public static RouteGroupBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accelerator/candidates").WithTags("Candidates");

        api.MapGet("/{organisationId:guid}", GetCandidate)
            .WithName(nameof(GetCandidate))
            .WithSummary("The accelerator's view of an organisation")
            .RequireAuthorization(Policies.AcceleratorManager);

        return api;
    }

    public static async Task<Results<Ok<CandidateResponse>, NotFound>> GetCandidate(Guid organisationId, AcceleratorDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().FirstOrDefaultAsync(a => a.OrganisationId == organisationId, cancellationToken) is { } candidate
            ? TypedResults.Ok(new CandidateResponse(candidate.OrganisationId, candidate.LegalName, candidate.Kind, candidate.Province))
            : TypedResults.NotFound();
}

public sealed record CandidateResponse(Guid OrganisationId, string LegalName, string Kind, string Province);
