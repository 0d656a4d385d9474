using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>A call's ranking as the evaluation and the awards answer it.</summary>
internal static class RankingResponses
{
    /// <summary>Ranked proposals in order, then the rejected ones after evaluation (the public list of an awarded call).</summary>
    public static async Task<RankingResponse> OfAsync(FundingServices services, FundingCall call)
    {
        var proposals = await services.Db.Proposals.AsNoTracking()
            .Where(p => p.CallId == call.Id && (p.RankPosition != null || p.Status == ProposalStatus.Rejected))
            .ToListAsync(services.Cancellation);
        var leads = proposals.Select(p => p.LeadOrganisationId).Distinct().ToList();
        var names = await services.Db.Organisations.AsNoTracking().Where(o => leads.Contains(o.OrganisationId)).ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var grants = await services.Db.Grants.AsNoTracking().Where(g => g.CallId == call.Id).ToDictionaryAsync(g => g.ProposalId, g => g.AmountEur, services.Cancellation);
        var lines = proposals
            .OrderBy(p => p.RankPosition ?? int.MaxValue).ThenByDescending(p => p.WeightedTotal)
            .Select(p => new RankingLineResponse(p.RankPosition, p.Id, p.Current.Title, p.LeadOrganisationId, names.GetValueOrDefault(p.LeadOrganisationId),
                p.WeightedTotal, p.Status, p.Current.RequestedGrantEur, grants.TryGetValue(p.Id, out var amount) ? amount.Amount : null, p.FailedThresholds))
            .ToList();
        return new RankingResponse(call.Id, call.Code, call.StatusAt(services.Now), call.BudgetEur, call.CommittedEur, call.RemainingEur, lines);
    }
}
