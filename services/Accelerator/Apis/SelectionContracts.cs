using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record ReviewerRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? Subject,
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    Guid? OrganisationId);

public sealed record ReviewerResponse(Guid Id, string Subject, string Name, Guid? OrganisationId, DateTimeOffset RegisteredAt)
{
    public static ReviewerResponse Of(Reviewer r) => new(r.Id, r.Subject, r.Name, r.OrganisationId, r.RegisteredAt);
}

public sealed record ReviewAssignmentRequest([property: Required] Guid? ReviewerId);

public sealed record CriterionScoreRequest(
    [property: Required] string? Criterion,
    [property: Range(typeof(decimal), "0", "10")] decimal Score,
    [property: Required, StringLength(4000, MinimumLength = 3)] string? Comment);

public sealed record ScoreSheetRequest([property: Required, MinLength(1)] IReadOnlyList<CriterionScoreRequest>? Scores) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var scores = Scores ?? [];
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] is null)
            {
                yield return new ValidationResult("Give the criterion, score and comment.", [$"scores[{i}]"]);
            }
            else if (scores.Take(i).Any(s => string.Equals(s?.Criterion, scores[i].Criterion, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new ValidationResult("Each criterion is scored once.", [$"scores[{i}].criterion"]);
            }
        }
    }

    public IReadOnlyList<CriterionScore> ToScores() => [.. Scores!.Select(s => new CriterionScore(s.Criterion!, s.Score, s.Comment!.Trim()))];
}

public sealed record ReviewResponse(
    Guid Id, Guid ApplicationId, Guid IntakeId, Guid ReviewerId, string? ReviewerName, DateTimeOffset AssignedAt,
    IReadOnlyList<CriterionScore> Scores, decimal? WeightedScore, DateTimeOffset? ScoredAt);

public sealed record ScreeningRequest([property: Required] bool? Eligible, [property: StringLength(1000)] string? Reason);

public sealed record InterviewRequest(
    [property: Required] DateTimeOffset? At,
    [property: Required, StringLength(500, MinimumLength = 2)] string? Place);

public sealed record InterviewOutcomeRequest([property: Required] InterviewOutcome? Outcome, [property: StringLength(4000)] string? Notes);

/// <summary>The selection's outcome for one application.</summary>
public enum Decision
{
    Admitted,
    WaitListed,
    Rejected,
}

public sealed record DecisionRequest([property: Required] Decision? Decision, [property: StringLength(1000)] string? Reason);

/// <summary>One line of an intake's ranking: score (weighted rubric average over the reviewers), interview and where it stands.</summary>
public sealed record RankingEntry(
    Guid ApplicationId, Guid OrganisationId, string? LegalName, ApplicationStatus Status, decimal? Score, int ReviewsDone, int ReviewsAssigned,
    InterviewOutcome? InterviewOutcome, int? WaitListPosition);

public sealed record RankingResponse(Guid IntakeId, string IntakeCode, int CohortCapacity, int SeatsTaken, IReadOnlyList<RankingEntry> Items);
