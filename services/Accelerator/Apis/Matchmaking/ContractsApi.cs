using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>What came of the meetings in contracts, for accelerator managers: totals, by buyer origin, by session and by start-up.</summary>
public static class ContractsApi
{
    public static IEndpointRouteBuilder MapContractsApi(this IEndpointRouteBuilder app)
    {
        var contracts = app.MapGroup("/api/accelerator/matchmaking/contracts").WithTags("Meet the corporates: outcomes");
        contracts.MapGet("/", GetContractsReport).WithName(nameof(GetContractsReport))
            .WithSummary("Supply contracts signed and their value: total, by buyers' origin, by session; filter by year or session")
            .RequireAuthorization(Policies.AcceleratorManager);
        contracts.MapGet("/startups", ListContractsByStartup).WithName(nameof(ListContractsByStartup))
            .WithSummary("Supply contracts signed and their value per start-up or SME, by name; filter by year or session")
            .RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Ok<ContractsReportResponse>> GetContractsReport([AsParameters] AcceleratorServices services, int? year, Guid? sessionId)
    {
        var contracts = await ContractLedger.ReadAsync(services.Db, year, sessionId, services.Cancellation);
        var sessionIds = contracts.Select(c => c.SessionId).Distinct().ToList();
        var sessions = await services.Db.MatchmakingSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToListAsync(services.Cancellation);
        // Sessions with contracts: a few a year, a short list, whole.
        var ofSession = contracts.ToLookup(c => c.SessionId);
        var bySession = sessions.OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new SessionContractsResponse(s.Id, s.Title.In(services.Language), s.Date, ofSession[s.Id].Count(), ofSession[s.Id].Sum(c => c.ValueEur)))
            .ToList();
        return TypedResults.Ok(new ContractsReportResponse(
            Figure(contracts),
            new ContractsByOriginResponse(Figure(contracts.Where(c => !c.BuyerFromOutsideRegion)), Figure(contracts.Where(c => c.BuyerFromOutsideRegion))),
            bySession));
    }

    public static async Task<Ok<Page<StartupContractsResponse>>> ListContractsByStartup([AsParameters] AcceleratorServices services, int? year, Guid? sessionId, string? cursor, int? limit)
    {
        var contracts = await ContractLedger.ReadAsync(services.Db, year, sessionId, services.Cancellation);
        var rows = contracts.GroupBy(c => c.ParticipantOrganisationId)
            .Select(g => new StartupContractsResponse(g.Key, g.First().ParticipantName, g.Count(), g.Sum(c => c.ValueEur)))
            .AsQueryable();
        var take = Paging.Limit(limit);
        var page = ByName.Slice(ByName.Apply(rows, cursor).Take(take + 1).ToList(), take);
        return TypedResults.Ok(new Page<StartupContractsResponse>(page.Rows, page.NextCursor));
    }

    private static ContractFigure Figure(IEnumerable<SignedContract> contracts)
    {
        var list = contracts.ToList();
        return new ContractFigure(list.Count, list.Sum(c => c.ValueEur));
    }

    private static readonly Keyset<StartupContractsResponse, string> ByName =
        Keyset.By<StartupContractsResponse, string>(s => s.Name, s => s.OrganisationId, descending: false);
}
