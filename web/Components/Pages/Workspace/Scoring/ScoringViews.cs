namespace PiedmontSystem.Web.Components.Pages.Workspace.Scoring;

/// <summary>An evaluator's assignment as the funding service answers it.</summary>
public sealed record AssignmentView(Guid Id, Guid ProposalId, Guid CallId, string CallCode, string ProposalTitle, DateTimeOffset AssignedAt, IReadOnlyList<ScoreView> Scores, DateTimeOffset? ScoredAt);

public sealed record ScoreView(string Criterion, decimal Score, string Comment);

/// <summary>What the scoring form needs of the call: its criteria.</summary>
public sealed record ScoringCallView(Guid Id, string Code, string Title, string Status, IReadOnlyList<ScoringCriterionView> Criteria);

public sealed record ScoringCriterionView(string Code, string Name, decimal Weight, decimal MaxScore, decimal Threshold);

/// <summary>What the evaluator reads of the proposal: the submitted version.</summary>
public sealed record ScoringProposalView(Guid Id, string Status, ScoringContentView? Submitted, ScoringContentView? Content);

public sealed record ScoringContentView(string Title, string Summary, decimal TotalCostEur, decimal RequestedGrantEur);
