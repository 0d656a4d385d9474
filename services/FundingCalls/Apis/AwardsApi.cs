using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.FundingCalls.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Awards. A call's budget is never over-committed: every grant adds to the call's committed
/// amount with one conditional <c>UPDATE</c> (<c>… WHERE committed + amount &lt;= budget</c>) in the
/// grant's own transaction, so concurrent awards queue on the call's row and the one that would
/// overflow is refused; a check constraint on the table holds the same line.
/// </summary>
public static class AwardsApi
{
    public static IEndpointRouteBuilder MapAwardsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/funding/calls/{callId:guid}/awards", FundRanking).WithTags("Awards").WithName(nameof(FundRanking))
            .WithSummary("Fund the ranking from the top while the budget lasts; the rest go to the reserve list; Idempotency-Key supported")
            .WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        app.MapPost("/api/funding/proposals/{proposalId:guid}/award", AwardProposal).WithTags("Awards").WithName(nameof(AwardProposal))
            .WithSummary("Award a grant to one ranked or reserve-list proposal (default: the grant it requested), if the budget covers it")
            .ValidateRequest<AwardRequest>().WithIdempotency<FundingDbContext>().RequireAuthorization(Policies.RegionalOfficer);
        return app;
    }

    public static async Task<Results<Ok<AwardRunResponse>, NotFound>> FundRanking(Guid callId, [AsParameters] FundingServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        // Lock the call first: a second run, or a single award, waits here and then sees this one's result.
        if (!await services.Db.LockCallAsync(callId, services.Cancellation))
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.FirstAsync(c => c.Id == callId, services.Cancellation);
        call.CheckAwardsAllowed(services.Now);
        var programme = await services.Db.Programmes.AsNoTracking().FirstAsync(p => p.Id == call.ProgrammeId, services.Cancellation);
        var ranked = await services.Db.Proposals.Where(p => p.CallId == callId && p.Status == ProposalStatus.Ranked).ToListAsync(services.Cancellation);
        var plan = Awarding.Plan(call.RemainingEur, ranked.Select(AwardCandidate.Of));
        foreach (var (proposalId, amount) in plan.Funded)
        {
            Award(services, call, programme, ranked.First(p => p.Id == proposalId), amount);
        }
        foreach (var proposalId in plan.Reserve)
        {
            var proposal = ranked.First(p => p.Id == proposalId);
            proposal.PutOnReserveList(services.Now);
            services.Audit("proposal.reserve-listed", "proposal", proposal.Id, new { proposal.RankPosition });
        }
        call.MarkAwarded(plan, services.Now);
        services.Audit("call.awarded", "call", call.Id, new { funded = plan.Funded.Count, reserve = plan.Reserve.Count, committed = call.CommittedEur });
        await services.Db.SaveChangesAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        var ranking = await RankingResponses.OfAsync(services, call);
        return TypedResults.Ok(new AwardRunResponse(plan.Funded.Count, plan.Reserve.Count, call.CommittedEur, call.RemainingEur, ranking));
    }

    public static async Task<Results<Ok<ProposalResponse>, NotFound>> AwardProposal(Guid proposalId, AwardRequest request, [AsParameters] FundingServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var proposal = await services.Db.Proposals.FirstOrDefaultAsync(p => p.Id == proposalId, services.Cancellation);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }
        var call = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, services.Cancellation);
        call.CheckAwardsAllowed(services.Now);
        var amount = call.GrantFor(proposal, request.ToAmount());
        var programme = await services.Db.Programmes.AsNoTracking().FirstAsync(p => p.Id == call.ProgrammeId, services.Cancellation);
        Award(services, call, programme, proposal, amount);
        // The one place a call's money is committed outside a ranking run: atomic and conditional.
        // If it commits nothing, the grant staged above is never saved.
        if (!await services.Db.TryCommitToBudgetAsync(call.Id, amount, services.Now, services.Cancellation))
        {
            var latest = await services.Db.Calls.AsNoTracking().FirstAsync(c => c.Id == call.Id, services.Cancellation);
            throw FundingRules.BudgetExhausted(call.Code, latest.RemainingEur, amount);
        }
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.IsUniqueViolation())
        {
            throw FundingRules.AlreadyFunded();
        }
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(await ProposalResponses.OfAsync(services, proposal, call));
    }

    /// <summary>Funds the proposal and stages its grant, event and audit entry; the caller commits the money.</summary>
    private static void Award(FundingServices services, FundingCall call, Programme programme, Proposal proposal, Money amount)
    {
        proposal.Fund(services.Now);
        var grant = Grant.Award(proposal, programme, amount, services.User.AuditName, services.Now);
        services.Db.Grants.Add(grant);
        services.RecordChange(FundingEvents.GrantAwarded(grant, proposal, call), "grant.awarded", "grant", grant.Id,
            new { proposalId = proposal.Id, grant.AmountEur, grant.EuShareEur, grant.RegionalShareEur });
    }
}
