using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>
/// Which proposals the caller may read, and how much of each: the one place object-level read
/// access to proposals is decided. Anyone else gets 404, as if the proposal did not exist.
/// </summary>
internal static class ProposalVisibility
{
    /// <summary>The proposals the caller may see, as a query: its participants, the endorsing cluster's managers, its assigned evaluators, officers.</summary>
    public static async Task<IQueryable<Proposal>> VisibleToCallerAsync(FundingServices services)
    {
        var proposals = services.Db.Proposals.AsNoTracking();
        var user = services.User;
        if (user.IsRegionalOfficer)
        {
            return proposals;
        }
        var organisation = user.Roles.Contains(Roles.OrganisationUser) ? user.OrganisationId : null;
        var cluster = user.Roles.Contains(Roles.ClusterManager) ? user.ClusterCode?.ToUpperInvariant() : null;
        var evaluatorId = await CallingEvaluator.IdAsync(services);
        return proposals.Where(p =>
            (organisation != null && p.ParticipantIds.Contains(organisation.Value))
            || (cluster != null && (p.Content.EndorsingClusterCode == cluster || (p.Submitted != null && p.Submitted.EndorsingClusterCode == cluster)))
            || (evaluatorId != null && services.Db.Assignments.Any(a => a.ProposalId == p.Id && a.EvaluatorId == evaluatorId)));
    }

    /// <summary>Evaluators judge the submitted version only; the working copy is the applicants' own business.</summary>
    public static bool SeesWorkingCopy(CurrentUser user, Proposal proposal) =>
        user.IsRegionalOfficer
        || user.ActsFor(proposal.LeadOrganisationId)
        || proposal.ParticipantIds.Contains(user.OrganisationId ?? Guid.Empty)
        || (user.ClusterCode is { } cluster && proposal.AsksEndorsementOf(cluster));
}
