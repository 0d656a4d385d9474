using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — funding-calls: a grant was awarded to a proposal. The registry records the project it
/// enables in its projects register. Exchange <c>piedmont.funding.grant-awarded.v1</c>.
/// </summary>
/// <param name="GrantId">Id of the grant in the funding service.</param>
/// <param name="ProposalId">The funded proposal.</param>
/// <param name="CallCode">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="ProjectTitle">Title of the funded project.</param>
/// <param name="LeadOrganisationId">Registry id of the lead applicant.</param>
/// <param name="PartnerOrganisationIds">Registry ids of the other partners.</param>
/// <param name="ClusterCodes">Clusters involved (the endorsing cluster first).</param>
/// <param name="AwardedAmountEur">Total grant, in euros.</param>
/// <param name="EuShareEur">Share co-financed by the EU (ERDF).</param>
/// <param name="RegionalShareEur">Share co-financed by the region.</param>
/// <param name="OccurredAt">When it was awarded.</param>
[EntityName("piedmont.funding.grant-awarded.v1")]
[MessageUrn("piedmont:funding:grant-awarded:v1")]
public sealed record GrantAwarded(
    Guid GrantId,
    Guid ProposalId,
    string CallCode,
    string ProjectTitle,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    IReadOnlyList<string> ClusterCodes,
    decimal AwardedAmountEur,
    decimal EuShareEur,
    decimal RegionalShareEur,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — funding-calls: a call was published (forthcoming, or open at once when its opening has
/// passed). Exchange <c>piedmont.funding.call-published.v1</c>.
/// </summary>
/// <param name="CallId">Id of the call in the funding service.</param>
/// <param name="Code">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="ProgrammeCode">The programme that finances it, e.g. PR-FESR-2021-2027.</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="Instrument">kebab-case instrument, e.g. collaborative-rd-project.</param>
/// <param name="BudgetEur">Budget of the call.</param>
/// <param name="OpensAt">Opening instant (Europe/Rome offset).</param>
/// <param name="DeadlineAt">Deadline instant (Europe/Rome offset); the last instant a submission is accepted.</param>
/// <param name="EligiblePrioritySystems">SPI codes the call is open to; empty = all.</param>
/// <param name="EligibleKinds">Organisation kinds that may apply; empty = all.</param>
/// <param name="OccurredAt">When it was published.</param>
[EntityName("piedmont.funding.call-published.v1")]
[MessageUrn("piedmont:funding:call-published:v1")]
public sealed record CallPublished(
    Guid CallId,
    string Code,
    string ProgrammeCode,
    string TitleIt,
    string TitleEn,
    string Instrument,
    decimal BudgetEur,
    DateTimeOffset OpensAt,
    DateTimeOffset DeadlineAt,
    IReadOnlyList<string> EligiblePrioritySystems,
    IReadOnlyList<string> EligibleKinds,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — funding-calls: a published call was amended (e.g. its deadline extended). Carries the
/// amendment's number, reason and each changed field with its old and new value.
/// Exchange <c>piedmont.funding.call-amended.v1</c>.
/// </summary>
/// <param name="CallId">Id of the call in the funding service.</param>
/// <param name="Code">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="AmendmentNumber">Number of the amendment: 1 for the first, then 2, 3…</param>
/// <param name="Reason">Why the call was amended, as the regional officer wrote it.</param>
/// <param name="Changes">Each changed field with its old and new value (the text of the call is not repeated).</param>
/// <param name="OpensAt">Opening instant after the amendment (Europe/Rome offset).</param>
/// <param name="DeadlineAt">Deadline instant after the amendment (Europe/Rome offset).</param>
/// <param name="BudgetEur">Budget of the call after the amendment, in euros.</param>
/// <param name="OccurredAt">When it was amended.</param>
[EntityName("piedmont.funding.call-amended.v1")]
[MessageUrn("piedmont:funding:call-amended:v1")]
public sealed record CallAmended(
    Guid CallId,
    string Code,
    int AmendmentNumber,
    string Reason,
    IReadOnlyList<FieldChange> Changes,
    DateTimeOffset OpensAt,
    DateTimeOffset DeadlineAt,
    decimal BudgetEur,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>One changed field of an amendment, values as text (amounts in euros, instants ISO 8601 with the Rome offset).</summary>
/// <param name="Field">The changed field, e.g. deadlineAt.</param>
/// <param name="From">Its value before, as text; null when it had none.</param>
/// <param name="To">Its value after, as text; null when it has none.</param>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>v1 — funding-calls: a call's opening time came; it accepts submissions. Exchange <c>piedmont.funding.call-opened.v1</c>.</summary>
/// <param name="CallId">Id of the call in the funding service.</param>
/// <param name="Code">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="DeadlineAt">Deadline instant (Europe/Rome offset); the last instant a submission is accepted.</param>
/// <param name="OccurredAt">When it opened.</param>
[EntityName("piedmont.funding.call-opened.v1")]
[MessageUrn("piedmont:funding:call-opened:v1")]
public sealed record CallOpened(Guid CallId, string Code, DateTimeOffset DeadlineAt, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — funding-calls: a call's deadline passed; no more submissions. <paramref name="SubmittedProposals"/>
/// counts the proposals standing submitted at closing. Exchange <c>piedmont.funding.call-closed.v1</c>.
/// </summary>
/// <param name="CallId">Id of the call in the funding service.</param>
/// <param name="Code">Code of the call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="SubmittedProposals">Proposals standing submitted at closing.</param>
/// <param name="OccurredAt">When it closed.</param>
[EntityName("piedmont.funding.call-closed.v1")]
[MessageUrn("piedmont:funding:call-closed:v1")]
public sealed record CallClosed(Guid CallId, string Code, int SubmittedProposals, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — funding-calls: a proposal was submitted or re-submitted (<paramref name="Version"/> counts
/// submissions). <paramref name="Eligible"/> is the result of the automatic eligibility check.
/// Exchange <c>piedmont.funding.proposal-submitted.v1</c>.
/// </summary>
/// <param name="ProposalId">Id of the proposal in the funding service.</param>
/// <param name="CallId">Its call.</param>
/// <param name="CallCode">Code of its call, e.g. PRFESR-2026-RD-01.</param>
/// <param name="Version">Submission number: 1 for the first, then 2, 3… for re-submissions.</param>
/// <param name="ContentHash">SHA-256 of what was submitted, hex, as on the applicant's receipt.</param>
/// <param name="LeadOrganisationId">Registry id of the lead applicant.</param>
/// <param name="PartnerOrganisationIds">Registry ids of the other partners.</param>
/// <param name="EndorsingClusterCode">Code of the cluster that endorses it, when one does.</param>
/// <param name="RequestedGrantEur">Grant requested, in euros.</param>
/// <param name="Eligible">Whether the automatic eligibility check passed.</param>
/// <param name="OccurredAt">When it was submitted.</param>
[EntityName("piedmont.funding.proposal-submitted.v1")]
[MessageUrn("piedmont:funding:proposal-submitted:v1")]
public sealed record ProposalSubmitted(
    Guid ProposalId,
    Guid CallId,
    string CallCode,
    int Version,
    string ContentHash,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    string? EndorsingClusterCode,
    decimal RequestedGrantEur,
    bool Eligible,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — funding-calls: a submitted proposal was withdrawn by its lead applicant. Exchange <c>piedmont.funding.proposal-withdrawn.v1</c>.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="CallId">Its call.</param>
/// <param name="CallCode">Code of its call.</param>
/// <param name="LeadOrganisationId">Registry id of the lead applicant.</param>
/// <param name="Reason">The lead applicant's reason, when one was given.</param>
/// <param name="OccurredAt">When it was withdrawn.</param>
[EntityName("piedmont.funding.proposal-withdrawn.v1")]
[MessageUrn("piedmont:funding:proposal-withdrawn:v1")]
public sealed record ProposalWithdrawn(Guid ProposalId, Guid CallId, string CallCode, Guid LeadOrganisationId, string? Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — funding-calls: the evaluation of a call was completed and its ranking fixed.
/// Exchange <c>piedmont.funding.evaluation-completed.v1</c>.
/// </summary>
/// <param name="CallId">The call.</param>
/// <param name="CallCode">Code of the call.</param>
/// <param name="Ranking">The ranked proposals, best first.</param>
/// <param name="RejectedProposals">How many of the call's proposals were rejected in its evaluation.</param>
/// <param name="OccurredAt">When the ranking was fixed.</param>
[EntityName("piedmont.funding.evaluation-completed.v1")]
[MessageUrn("piedmont:funding:evaluation-completed:v1")]
public sealed record EvaluationCompleted(Guid CallId, string CallCode, IReadOnlyList<RankedProposal> Ranking, int RejectedProposals, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A place in a call's ranking: position 1 is the best; the weighted total is out of 100.</summary>
/// <param name="Position">Place in the ranking; 1 is the best.</param>
/// <param name="ProposalId">The proposal.</param>
/// <param name="LeadOrganisationId">Registry id of its lead applicant.</param>
/// <param name="WeightedTotal">Its weighted total score, out of 100.</param>
public sealed record RankedProposal(int Position, Guid ProposalId, Guid LeadOrganisationId, decimal WeightedTotal);

/// <summary>
/// v1 — funding-calls: a proposal will not be funded: ineligible, below a threshold, or left
/// unfunded when the call concluded. Exchange <c>piedmont.funding.proposal-rejected.v1</c>.
/// </summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="CallId">Its call.</param>
/// <param name="CallCode">Code of its call.</param>
/// <param name="LeadOrganisationId">Registry id of the lead applicant.</param>
/// <param name="Reason">ineligible, below-threshold or not-funded.</param>
/// <param name="Details">The rules or thresholds that failed, in words.</param>
/// <param name="OccurredAt">When the decision was taken.</param>
[EntityName("piedmont.funding.proposal-rejected.v1")]
[MessageUrn("piedmont:funding:proposal-rejected:v1")]
public sealed record ProposalRejected(Guid ProposalId, Guid CallId, string CallCode, Guid LeadOrganisationId, string Reason, IReadOnlyList<string> Details, DateTimeOffset OccurredAt) : IIntegrationEvent;
