using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.FundingCalls.IntegrationEvents;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>Every rejection is announced (<c>proposal-rejected</c>) and audited the same way, whichever step decided it.</summary>
internal static class ProposalRejections
{
    public static void Record(FundingServices services, FundingCall call, IEnumerable<Rejection> rejections)
    {
        foreach (var rejection in rejections)
        {
            var proposal = rejection.Proposal;
            object details = rejection.Outcome is { } outcome
                ? new { reason = rejection.Reason, outcome.WeightedTotal, outcome.FailedThresholds }
                : new { reason = rejection.Reason };
            services.RecordChange(FundingEvents.Rejected(proposal, call, rejection.Reason, rejection.Details, services.Now), "proposal.rejected", "proposal", proposal.Id, details);
        }
    }
}
