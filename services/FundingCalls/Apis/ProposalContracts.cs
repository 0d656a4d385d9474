using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

public sealed record PartnerRequest(
    [property: Required] Guid? OrganisationId,
    [property: Range(typeof(decimal), "0.01", "1000000000")] decimal BudgetEur);

/// <summary>A proposal as the lead applicant writes it; the lead is the caller's organisation.</summary>
public sealed record ProposalRequest(
    [property: Required, StringLength(300, MinimumLength = 3)] string? Title,
    [property: Required, StringLength(10000, MinimumLength = 10)] string? Summary,
    [property: Required] string? PrioritySystem,
    IReadOnlyList<string>? Components,
    [property: RegularExpression("^[A-Za-z0-9_-]{2,30}$", ErrorMessage = "A cluster code is 2-30 letters, digits, _ or -, e.g. MESAP.")] string? EndorsingClusterCode,
    [property: Range(typeof(decimal), "0.01", "1000000000"), Euros] decimal LeadBudgetEur,
    IReadOnlyList<PartnerRequest>? Partners,
    [property: Range(typeof(decimal), "0.01", "1000000000"), Euros] decimal RequestedGrantEur) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrioritySystem is not null && !ReferenceCodes.PrioritySystems.Contains(PrioritySystem))
        {
            yield return new ValidationResult($"'{PrioritySystem}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.", [nameof(PrioritySystem)]);
        }
        foreach (var (component, i) in (Components ?? []).Select((c, i) => (c, i)))
        {
            if (!ReferenceCodes.InnovationComponents.Contains(component))
            {
                yield return new ValidationResult($"'{component}' is not one of: {string.Join(", ", ReferenceCodes.InnovationComponents)}.", [$"components[{i}]"]);
            }
        }
        var partners = Partners ?? [];
        foreach (var (partner, i) in partners.Select((p, i) => (p, i)))
        {
            if (partner is null || partner.OrganisationId is null)
            {
                yield return new ValidationResult("Each partner needs its organisation id.", [$"partners[{i}].organisationId"]);
            }
            else if (partner.BudgetEur <= 0)
            {
                yield return new ValidationResult("Each partner's budget share must be more than zero.", [$"partners[{i}].budgetEur"]);
            }
            else if (!Money.IsValid(partner.BudgetEur))
            {
                yield return new ValidationResult(Money.Rule, [$"partners[{i}].budgetEur"]);
            }
            else if (partners.Take(i).Any(p => p?.OrganisationId == partner.OrganisationId))
            {
                yield return new ValidationResult("An organisation appears only once among the partners.", [$"partners[{i}].organisationId"]);
            }
        }
    }

    public ProposalContent ToContent() => new(
        Title!.Trim(),
        Summary!.Trim(),
        PrioritySystem!,
        [.. (Components ?? []).Distinct()],
        string.IsNullOrWhiteSpace(EndorsingClusterCode) ? null : EndorsingClusterCode.ToUpperInvariant(),
        Money.Euros(LeadBudgetEur),
        [.. (Partners ?? []).Select(p => new PartnerShare(p.OrganisationId!.Value, Money.Euros(p.BudgetEur)))],
        Money.Euros(RequestedGrantEur));
}

public sealed record WithdrawalRequest([property: StringLength(1000)] string? Reason);

public sealed record EndorsementRequest([property: StringLength(1000)] string? Note);

/// <summary>A participant with its budget share (its costs as a percentage of the total, two decimals).</summary>
public sealed record ParticipantResponse(Guid OrganisationId, string Role, string? LegalName, decimal BudgetEur, decimal SharePercent);

public sealed record ContentResponse(
    string Title, string Summary, string PrioritySystem, IReadOnlyList<string> Components, string? EndorsingClusterCode,
    IReadOnlyList<ParticipantResponse> Participants, decimal TotalCostEur, decimal RequestedGrantEur);

public sealed record GrantResponse(Guid Id, decimal AmountEur, decimal EuShareEur, decimal RegionalShareEur, DateTimeOffset AwardedAt);

/// <summary>
/// A proposal. <c>content</c> is the working copy (for its applicants, the endorsing cluster and
/// officers), <c>submitted</c> the version that counts; <c>receipt</c> proves the last submission.
/// </summary>
public sealed record ProposalResponse(
    Guid Id,
    Guid CallId,
    string CallCode,
    Guid LeadOrganisationId,
    ProposalStatus Status,
    ContentResponse? Content,
    ContentResponse? Submitted,
    bool HasUnsubmittedChanges,
    SubmissionReceipt? Receipt,
    IReadOnlyList<EligibilityFailure> IneligibilityReasons,
    Endorsement? Endorsement,
    decimal? WeightedTotal,
    int? RankPosition,
    IReadOnlyList<string> FailedThresholds,
    GrantResponse? Grant,
    string? WithdrawalReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The answer to a submission: the receipt, and where the proposal now stands.</summary>
public sealed record SubmissionResponse(SubmissionReceipt Receipt, bool Eligible, ProposalResponse Proposal);
