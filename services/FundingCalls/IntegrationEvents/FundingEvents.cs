using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.IntegrationEvents;

/// <summary>Builds the funding service's integration events (docs/events.md) from its domain objects.</summary>
internal static class FundingEvents
{
    public static CallPublished Published(FundingCall call, Programme programme) => new(
        call.Id, call.Code, programme.Code, call.Title.It, call.Title.En, QueryValues.Kebab(call.Instrument), call.BudgetEur,
        RomeTime.Show(call.OpensAt), call.Deadline.InRome, call.EligiblePrioritySystems, call.EligibleKinds, call.PublishedAt!.Value);

    public static CallAmended Amended(FundingCall call, CallAmendment amendment) => new(
        call.Id, call.Code, amendment.Number, amendment.Reason, amendment.Changes.Select(c => new FieldChange(c.Field, c.From, c.To)).ToList(),
        RomeTime.Show(call.OpensAt), call.Deadline.InRome, call.BudgetEur, amendment.At);

    public static CallOpened Opened(FundingCall call, DateTimeOffset now) => new(call.Id, call.Code, call.Deadline.InRome, now);

    public static CallClosed Closed(FundingCall call, int submittedProposals, DateTimeOffset now) => new(call.Id, call.Code, submittedProposals, now);

    public static ProposalSubmitted Submitted(Proposal proposal, FundingCall call) => new(
        proposal.Id, call.Id, call.Code, proposal.SubmissionVersion, proposal.ContentHash!, proposal.LeadOrganisationId,
        proposal.Submitted!.PartnerIds.ToList(), proposal.Submitted.EndorsingClusterCode, proposal.Submitted.RequestedGrantEur,
        proposal.Status == ProposalStatus.Eligible, proposal.SubmittedAt!.Value);

    public static ProposalWithdrawn Withdrawn(Proposal proposal, FundingCall call, DateTimeOffset now) => new(
        proposal.Id, call.Id, call.Code, proposal.LeadOrganisationId, proposal.WithdrawalReason, now);

    public static ProposalRejected Rejected(Proposal proposal, FundingCall call, string reason, IReadOnlyList<string> details, DateTimeOffset now) => new(
        proposal.Id, call.Id, call.Code, proposal.LeadOrganisationId, reason, details, now);

    public static EvaluationCompleted EvaluationCompleted(FundingCall call, IReadOnlyList<(int Position, Proposal Proposal)> ranking, int rejected, DateTimeOffset now) => new(
        call.Id, call.Code, ranking.Select(r => new RankedProposal(r.Position, r.Proposal.Id, r.Proposal.LeadOrganisationId, r.Proposal.WeightedTotal ?? 0)).ToList(), rejected, now);

    public static GrantAwarded GrantAwarded(Grant grant, Proposal proposal, FundingCall call) => new(
        grant.Id, proposal.Id, call.Code, proposal.Current.Title, proposal.LeadOrganisationId, proposal.Current.PartnerIds.ToList(),
        proposal.Current.EndorsingClusterCode is { } cluster ? [cluster.ToUpperInvariant()] : [],
        grant.AmountEur, grant.EuShareEur, grant.RegionalShareEur, grant.AwardedAt);
}
