using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
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

    /// <summary>
    /// A proposal whose participants' names are already read (e.g. by the eligibility check of a
    /// submission, whose working copy and submitted version are then the same) and that has no grant.
    /// </summary>
    public static ProposalResponse Of(FundingServices services, Proposal proposal, FundingCall call, IReadOnlyDictionary<Guid, string> names) =>
        Of(services, proposal, call, names, grant: null);

    /// <summary>A receipt with its time shown in Rome, as applicants read it.</summary>
    public static SubmissionReceipt InRomeTime(SubmissionReceipt receipt) => receipt with { SubmittedAt = RomeTime.Show(receipt.SubmittedAt) };

    private static ProposalResponse Of(FundingServices services, Proposal proposal, FundingCall call, IReadOnlyDictionary<Guid, string> names, GrantResponse? grant) => new(
        proposal.Id,
        proposal.CallId,
        call.Code,
        proposal.LeadOrganisationId,
        proposal.Status,
        ProposalVisibility.SeesWorkingCopy(services.User, proposal) ? Content(proposal.Content, proposal.LeadOrganisationId, names) : null,
        proposal.Submitted is { } submitted ? Content(submitted, proposal.LeadOrganisationId, names) : null,
        proposal.HasUnsubmittedChanges,
        proposal.LastReceipt is { } receipt ? InRomeTime(receipt) : null,
        proposal.IneligibilityReasons,
        proposal.Endorsement,
        proposal.WeightedTotal,
        proposal.RankPosition,
        proposal.FailedThresholds,
        grant,
        proposal.WithdrawalReason,
        proposal.CreatedAt,
        proposal.UpdatedAt);

    private static ContentResponse Content(ProposalContent content, Guid lead, IReadOnlyDictionary<Guid, string> names)
    {
        decimal total = content.TotalCostEur;
        decimal Share(decimal amount) => total == 0 ? 0 : Math.Round(amount / total * 100, 2, MidpointRounding.AwayFromZero);
        var participants = new List<ParticipantResponse> { new(lead, "lead", names.GetValueOrDefault(lead), content.LeadBudgetEur, Share(content.LeadBudgetEur)) };
        participants.AddRange(content.Partners.Select(partner => new ParticipantResponse(partner.OrganisationId, "partner", names.GetValueOrDefault(partner.OrganisationId), partner.BudgetEur, Share(partner.BudgetEur))));
        return new ContentResponse(content.Title, content.Summary, content.PrioritySystem, content.Components, content.EndorsingClusterCode, participants, total, content.RequestedGrantEur);
    }
}
