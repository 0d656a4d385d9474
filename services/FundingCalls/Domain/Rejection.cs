namespace PiedmontSystem.FundingCalls.Domain;

/// <summary>
/// A proposal rejected when its call's evaluation completes or the call concludes: why (a stable
/// reason: <c>ineligible</c>, <c>below-threshold</c>, <c>not-funded</c>), the details the applicant
/// is told, and its evaluation outcome when it was scored.
/// </summary>
public sealed record Rejection(Proposal Proposal, string Reason, IReadOnlyList<string> Details, EvaluationOutcome? Outcome);
