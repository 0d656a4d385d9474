using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>An expert as an officer registers them; <c>subject</c> is the <c>sub</c> of the expert's token.</summary>
public sealed record EvaluatorRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Subject,
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: Required, EmailAddress, StringLength(200)] string? Email,
    Guid? OrganisationId,
    IReadOnlyList<string>? PrioritySystems) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (code, i) in (PrioritySystems ?? []).Select((c, i) => (c, i)))
        {
            if (!ReferenceCodes.PrioritySystems.Contains(code))
            {
                yield return new ValidationResult($"'{code}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.", [$"prioritySystems[{i}]"]);
            }
        }
    }
}

public sealed record EvaluatorResponse(Guid Id, string Subject, string Name, string Email, Guid? OrganisationId, IReadOnlyList<string> PrioritySystems)
{
    public static EvaluatorResponse Of(Evaluator e) => new(e.Id, e.Subject, e.Name, e.Email, e.OrganisationId, e.PrioritySystems);
}

public sealed record AssignmentRequest([property: Required] Guid? EvaluatorId);

public sealed record ScoreRequest(
    [property: Required, StringLength(30)] string? Criterion,
    decimal Score,
    [property: StringLength(4000)] string? Comment);

public sealed record ScoreSheetRequest([property: Required, MinLength(1)] IReadOnlyList<ScoreRequest>? Scores) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        (Scores ?? []).Select((s, i) => (s, i)).Where(x => x.s is null).Select(x => new ValidationResult("A score cannot be empty.", [$"scores[{x.i}]"]));
}

public sealed record AssignmentResponse(
    Guid Id, Guid ProposalId, Guid CallId, string CallCode, string ProposalTitle, Guid EvaluatorId, string EvaluatorName,
    DateTimeOffset AssignedAt, IReadOnlyList<CriterionScore> Scores, DateTimeOffset? ScoredAt)
{
    public static AssignmentResponse Of(Assignment a, FundingCall call, Proposal proposal, Evaluator evaluator) =>
        new(a.Id, a.ProposalId, a.CallId, call.Code, proposal.Current.Title, evaluator.Id, evaluator.Name, a.AssignedAt, a.Scores, a.ScoredAt);
}

/// <summary>A line of a call's ranking (or of its rejected proposals, with <c>position</c> null).</summary>
public sealed record RankingLineResponse(
    int? Position, Guid ProposalId, string Title, Guid LeadOrganisationId, string? LeadName, decimal? WeightedTotal,
    ProposalStatus Status, decimal RequestedGrantEur, decimal? AwardedEur, IReadOnlyList<string> FailedThresholds);

public sealed record RankingResponse(Guid CallId, string CallCode, CallStatus CallStatus, decimal BudgetEur, decimal CommittedEur, decimal RemainingEur, IReadOnlyList<RankingLineResponse> Lines);

public sealed record AwardRequest([property: Range(typeof(decimal), "0.01", "1000000000"), Euros] decimal? AmountEur)
{
    public Money? ToAmount() => AmountEur is { } amount ? Money.Euros(amount) : null;
}

public sealed record AwardRunResponse(int Funded, int Reserve, decimal CommittedEur, decimal RemainingEur, RankingResponse Ranking);
