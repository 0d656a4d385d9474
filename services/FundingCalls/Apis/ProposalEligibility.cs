using Microsoft.EntityFrameworkCore;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// A proposal's eligibility, judged on the funding service's copy of the registry (no call to the
/// registry on the deadline's hot path).
/// </summary>
internal static class ProposalEligibility
{
    /// <summary>
    /// What the registry's copy says about the consortium, and the rules' verdict; with the
    /// participants' names it read, so an answer about this content needs no second read.
    /// </summary>
    public static async Task<EligibilityCheck> CheckAsync(FundingServices services, FundingCall call, Proposal proposal, ProposalContent content)
    {
        var ids = content.PartnerIds.Append(proposal.LeadOrganisationId).Distinct().ToList();
        var organisations = await services.Db.Organisations.AsNoTracking().Where(o => ids.Contains(o.OrganisationId)).ToListAsync(services.Cancellation);
        var memberships = await services.Db.Memberships.AsNoTracking()
            .Where(m => ids.Contains(m.OrganisationId) && m.Status == MembershipStatuses.Active)
            .Select(m => new { m.OrganisationId, m.ClusterCode }).ToListAsync(services.Cancellation);
        var facts = organisations.ToDictionary(o => o.OrganisationId, o => new ApplicantFacts(
            o.OrganisationId, o.LegalName, o.Kind, o.SizeClass,
            memberships.Where(m => m.OrganisationId == o.OrganisationId).Select(m => m.ClusterCode.ToUpperInvariant()).ToHashSet()));
        return new EligibilityCheck(
            Eligibility.Check(call.Terms, proposal.LeadOrganisationId, content, facts, proposal.Endorsement?.ClusterCode),
            organisations.ToDictionary(o => o.OrganisationId, o => o.LegalName));
    }
}

/// <summary>The failing rules of a proposal's content, and the names of its participants.</summary>
internal sealed record EligibilityCheck(IReadOnlyList<EligibilityFailure> Failures, IReadOnlyDictionary<Guid, string> Names);
