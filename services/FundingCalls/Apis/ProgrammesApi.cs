using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Funding programmes: what each holds and how much of it calls already hold. Anyone reads them.</summary>
public static class ProgrammesApi
{
    public static IEndpointRouteBuilder MapProgrammesApi(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/api/funding/programmes").WithTags("Programmes");
        programmes.MapGet("/", ListProgrammes).WithName(nameof(ListProgrammes))
            .WithSummary("Funding programmes with their budget, co-financing rate and what calls already hold").AllowAnonymous();
        return app;
    }

    public static async Task<Ok<Page<ProgrammeResponse>>> ListProgrammes([AsParameters] FundingServices services)
    {
        var allocated = await services.Db.Calls.Where(c => c.Status != CallStatus.Draft)
            .GroupBy(c => c.ProgrammeId).Select(g => new { g.Key, Sum = g.Sum(c => (decimal)c.BudgetEur) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, services.Cancellation);
        var programmes = await services.Db.Programmes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(services.Cancellation);
        return TypedResults.Ok(Paging.Whole<ProgrammeResponse>(programmes
            .Select(p => new ProgrammeResponse(p.Id, p.Code, p.Name.In(services.Language), p.Fund, p.FirstYear, p.LastYear, p.BudgetEur, p.EuCofinancingRate, allocated.GetValueOrDefault(p.Id)))
            .ToList()));
    }
}
