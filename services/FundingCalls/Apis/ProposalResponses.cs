using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Proposals as every endpoint answers them, with the organisations' names and the grants they show.</summary>
internal static class ProposalResponses
{
    public static async Task<ProposalResponse> OfAsync(FundingServices services, Proposal proposal, FundingCall call) =>
        (await OfAsync(services, [proposal], new Dictionary<Guid, FundingCall> { [call.Id] = call }))[0];

    /// <summary>Responses for a page of proposals, with the names and grants they show read in one query each.</summary>
    public static async Task<List<ProposalResponse>> OfAsync(FundingServices services, IReadOnlyList<Proposal> proposals, IReadOnlyDictionary<Guid, FundingCall> calls)
    {
        var ids = proposals.SelectMany(p => p.Content.PartnerIds.Concat(p.Submitted?.PartnerIds ?? []).Append(p.LeadOrganisationId)).Distinct().ToList();
        var names = await services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId))
            .ToDictionaryAsync(o => o.OrganisationId, o => o.LegalName, services.Cancellation);
        var funded = proposals.Where(p => p.Status == ProposalStatus.Funded).Select(p => p.Id).ToList();
        var grants = funded.Count == 0
            ? []
            : await services.Db.Grants.AsNoTracking().Where(g => funded.Contains(g.ProposalId))
                .ToDictionaryAsync(g => g.ProposalId, g => new GrantResponse(g.Id, g.AmountEur, g.EuShareEur, g.RegionalShareEur, g.AwardedAt), services.Cancellation);
        return proposals.Select(p => Of(services, p, calls[p.CallId], names, grants.GetValueOrDefault(p.Id))).ToList();
    }

    /// <summary>A receipt with its time shown in Rome, as applicants read it.</summary>
    public static SubmissionReceipt InRomeTime(SubmissionReceipt receipt) => receipt with { SubmittedAt = RomeTime.Show(receipt.SubmittedAt) };

    private static ProposalResponse Of(FundingServices services, Proposal p, FundingCall call, IReadOnlyDictionary<Guid, string> names, GrantResponse? grant) => new(
        p.Id,
        p.CallId,
        call.Code,
        p.LeadOrganisationId,
        p.Status,
        ProposalVisibility.SeesWorkingCopy(services.User, p) ? Content(p.Content, p.LeadOrganisationId, names) : null,
        p.Submitted is { } submitted ? Content(submitted, p.LeadOrganisationId, names) : null,
        p.HasUnsubmittedChanges,
        p.LastReceipt is { } receipt ? InRomeTime(receipt) : null,
        p.IneligibilityReasons,
        p.Endorsement,
        p.WeightedTotal,
        p.RankPosition,
        p.FailedThresholds,
        grant,
        p.WithdrawalReason,
        p.CreatedAt,
        p.UpdatedAt);

    private static ContentResponse Content(ProposalContent c, Guid lead, IReadOnlyDictionary<Guid, string> names)
    {
        decimal total = c.TotalCostEur;
        decimal Share(decimal amount) => total == 0 ? 0 : Math.Round(amount / total * 100, 2, MidpointRounding.AwayFromZero);
        var participants = new List<ParticipantResponse> { new(lead, "lead", names.GetValueOrDefault(lead), c.LeadBudgetEur, Share(c.LeadBudgetEur)) };
        participants.AddRange(c.Partners.Select(p => new ParticipantResponse(p.OrganisationId, "partner", names.GetValueOrDefault(p.OrganisationId), p.BudgetEur, Share(p.BudgetEur))));
        return new ContentResponse(c.Title, c.Summary, c.PrioritySystem, c.Components, c.EndorsingClusterCode, participants, total, c.RequestedGrantEur);
    }
}
