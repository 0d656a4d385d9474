using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// Where a proposal stands: a draft; after each submission eligible or ineligible (the automatic
/// check); evaluated once all its evaluators have scored; then ranked or rejected when the
/// evaluation completes; funded or on the reserve list when grants are awarded; or withdrawn.
/// </summary>
public enum ProposalStatus
{
    Draft,
    Eligible,
    Ineligible,
    Evaluated,
    Ranked,
    Funded,
    Reserve,
    Rejected,
    Withdrawn,
}

/// <summary>The receipt of one submission: the applicant's proof of what was submitted, and when.</summary>
public sealed record SubmissionReceipt(Guid ProposalId, int Version, DateTimeOffset SubmittedAt, string ContentHash);

/// <summary>A cluster's endorsement, given by one of its managers.</summary>
public sealed record Endorsement(string ClusterCode, DateTimeOffset At, string By, string? Note);

/// <summary>
/// A proposal to a call, led by one organisation. <see cref="Content"/> is the working copy the
/// applicant edits; <see cref="Submitted"/> is the last submitted version, the one that counts.
/// Editing never touches the submitted version: re-submitting replaces it, until the deadline.
/// </summary>
public sealed class Proposal
{
    private Proposal()
    {
    }

    public Guid Id { get; private set; }
    public Guid CallId { get; private set; }
    public Guid LeadOrganisationId { get; private set; }
    public ProposalContent Content { get; private set; } = null!;
    public ProposalContent? Submitted { get; private set; }

    /// <summary>Lead and partners of the working copy and the submitted version: who may read it.</summary>
    public List<Guid> ParticipantIds { get; private set; } = [];

    public ProposalStatus Status { get; private set; }
    public int SubmissionVersion { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? ContentHash { get; private set; }
    public List<EligibilityFailure> IneligibilityReasons { get; private set; } = [];
    public Endorsement? Endorsement { get; private set; }
    public decimal? WeightedTotal { get; private set; }
    public List<string> FailedThresholds { get; private set; } = [];
    public int? RankPosition { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public bool IsSubmitted => Submitted is not null && Status != ProposalStatus.Withdrawn;

    /// <summary>The content the rules judge: the submitted version, or the draft before any submission.</summary>
    public ProposalContent Current => Submitted ?? Content;

    /// <summary>True while the working copy differs from what was last submitted (or nothing has been).</summary>
    public bool HasUnsubmittedChanges => Submitted is null || Content.Hash(Id, LeadOrganisationId) != ContentHash;

    /// <summary>The receipt of the last submission, if there was one.</summary>
    public SubmissionReceipt? LastReceipt => SubmittedAt is { } at ? new SubmissionReceipt(Id, SubmissionVersion, at, ContentHash!) : null;

    public static Proposal Start(Guid callId, Guid leadOrganisationId, ProposalContent content, DateTimeOffset now)
    {
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(now),
            CallId = callId,
            LeadOrganisationId = leadOrganisationId,
            Status = ProposalStatus.Draft,
            CreatedAt = now,
        };
        proposal.Edit(content, now);
        return proposal;
    }

    /// <summary>Changes the working copy; the submitted version stays as it was until re-submitted.</summary>
    public void Edit(ProposalContent content, DateTimeOffset now)
    {
        var leadAsPartner = content.Partners.FindIndex(p => p.OrganisationId == LeadOrganisationId);
        if (leadAsPartner >= 0)
        {
            throw new RequestValidationException($"partners[{leadAsPartner}].organisationId", "The lead applicant is not also a partner.");
        }
        RequireOpenForApplicant("edited");
        if (Endorsement is not null && !string.Equals(Endorsement.ClusterCode, content.EndorsingClusterCode, StringComparison.OrdinalIgnoreCase))
        {
            Endorsement = null; // the endorsement was of another cluster's choosing
        }
        Content = content;
        ParticipantIds = [.. new[] { LeadOrganisationId }.Concat(content.PartnerIds).Concat(Submitted?.PartnerIds ?? []).Distinct()];
        UpdatedAt = now;
    }

    /// <summary>Freezes the working copy as the new submitted version, with the eligibility check's result.</summary>
    public SubmissionReceipt Submit(IReadOnlyList<EligibilityFailure> failures, DateTimeOffset now)
    {
        RequireOpenForApplicant("submitted");
        Submitted = Content;
        ParticipantIds = [.. new[] { LeadOrganisationId }.Concat(Content.PartnerIds).Distinct()];
        SubmissionVersion++;
        SubmittedAt = now;
        ContentHash = Content.Hash(Id, LeadOrganisationId);
        ApplyEligibility(failures);
        UpdatedAt = now;
        return new SubmissionReceipt(Id, SubmissionVersion, now, ContentHash);
    }

    /// <summary>True while the submitted version's eligibility is still open to change (e.g. by an endorsement): after submission, before evaluation.</summary>
    public bool EligibilityCanChange => Submitted is not null && Status is ProposalStatus.Eligible or ProposalStatus.Ineligible;

    /// <summary>Records the result of an eligibility check of the submitted version (at submission or after an endorsement).</summary>
    public void ApplyEligibility(IReadOnlyList<EligibilityFailure> failures)
    {
        IneligibilityReasons = [.. failures];
        Status = failures.Count == 0 ? ProposalStatus.Eligible : ProposalStatus.Ineligible;
    }

    public void Endorse(string clusterCode, string by, string? note, DateTimeOffset now)
    {
        RequireOpenForApplicant("endorsed");
        var asked = Content.EndorsingClusterCode ?? Submitted?.EndorsingClusterCode;
        if (!string.Equals(asked, clusterCode, StringComparison.OrdinalIgnoreCase))
        {
            throw CommonRules.Forbidden($"The proposal asks {asked ?? "no cluster"} for an endorsement, not {clusterCode}.");
        }
        Endorsement = new Endorsement(clusterCode.ToUpperInvariant(), now, by, note);
        UpdatedAt = now;
    }

    /// <summary>True when the working copy or the submitted version asks this cluster for its endorsement.</summary>
    public bool AsksEndorsementOf(string clusterCode) =>
        string.Equals(Content.EndorsingClusterCode, clusterCode, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Submitted?.EndorsingClusterCode, clusterCode, StringComparison.OrdinalIgnoreCase);

    public void Withdraw(string? reason, DateTimeOffset now)
    {
        if (Status is ProposalStatus.Funded or ProposalStatus.Rejected or ProposalStatus.Withdrawn)
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status), "withdrawn");
        }
        Status = ProposalStatus.Withdrawn;
        WithdrawalReason = reason;
        UpdatedAt = now;
    }

    /// <summary>Evaluators score an eligible proposal, and may revise their scores, until the call's ranking is fixed.</summary>
    public void CheckCanBeScoredIn(FundingCall call)
    {
        if (call.EvaluationCompletedAt is not null || Status is not (ProposalStatus.Eligible or ProposalStatus.Evaluated))
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status) + (call.EvaluationCompletedAt is null ? "" : " in a ranked call"), "scored");
        }
    }

    /// <summary>An eligible proposal is evaluated once every evaluator assigned to it has scored it.</summary>
    public void MarkEvaluatedOnceAllScored(IEnumerable<Assignment> assignments, DateTimeOffset now)
    {
        if (Status == ProposalStatus.Eligible && assignments.All(a => a.IsScored))
        {
            MarkEvaluated(now);
        }
    }

    public void MarkEvaluated(DateTimeOffset now)
    {
        Require(ProposalStatus.Eligible, "evaluated");
        Status = ProposalStatus.Evaluated;
        UpdatedAt = now;
    }

    public void Rank(int position, EvaluationOutcome outcome, DateTimeOffset now)
    {
        Require(ProposalStatus.Evaluated, "ranked");
        WeightedTotal = outcome.WeightedTotal;
        RankPosition = position;
        Status = ProposalStatus.Ranked;
        UpdatedAt = now;
    }

    /// <summary>Rejects an ineligible proposal, or an evaluated one below a threshold, when the evaluation completes.</summary>
    public void Reject(EvaluationOutcome? outcome, DateTimeOffset now)
    {
        if (Status is not (ProposalStatus.Ineligible or ProposalStatus.Evaluated or ProposalStatus.Reserve))
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status), "rejected");
        }
        if (outcome is not null)
        {
            WeightedTotal = outcome.WeightedTotal;
            FailedThresholds = [.. outcome.FailedThresholds];
        }
        Status = ProposalStatus.Rejected;
        UpdatedAt = now;
    }

    public void Fund(DateTimeOffset now)
    {
        if (Status is not (ProposalStatus.Ranked or ProposalStatus.Reserve))
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status), "funded");
        }
        Status = ProposalStatus.Funded;
        UpdatedAt = now;
    }

    public void PutOnReserveList(DateTimeOffset now)
    {
        Require(ProposalStatus.Ranked, "put on the reserve list");
        Status = ProposalStatus.Reserve;
        UpdatedAt = now;
    }

    public static string Describe(ProposalStatus status) => QueryValues.Kebab(status);

    private void RequireOpenForApplicant(string action)
    {
        if (Status is not (ProposalStatus.Draft or ProposalStatus.Eligible or ProposalStatus.Ineligible))
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status), action);
        }
    }

    private void Require(ProposalStatus expected, string action)
    {
        if (Status != expected)
        {
            throw CommonRules.InvalidTransition("proposal", Describe(Status), action);
        }
    }
}

/// <summary>One submission of a proposal, kept for good: the receipt and the version it covers.</summary>
public sealed class ProposalSubmission
{
    private ProposalSubmission()
    {
    }

    public Guid Id { get; private set; }
    public Guid ProposalId { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public string ContentHash { get; private set; } = "";
    public bool Eligible { get; private set; }
    public ProposalContent Content { get; private set; } = null!;

    public static ProposalSubmission Of(Proposal proposal, string by) => new()
    {
        Id = Guid.CreateVersion7(proposal.SubmittedAt!.Value),
        ProposalId = proposal.Id,
        Version = proposal.SubmissionVersion,
        SubmittedAt = proposal.SubmittedAt.Value,
        SubmittedBy = by,
        ContentHash = proposal.ContentHash!,
        Eligible = proposal.Status == ProposalStatus.Eligible,
        Content = proposal.Submitted!,
    };
}
