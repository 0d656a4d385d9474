using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.RequestHandling.Validation;

namespace PiedmontSystem.Accelerator.Apis;

public sealed record TeamMemberRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: Required, StringLength(200, MinimumLength = 2)] string? Role,
    [property: Range(typeof(decimal), "0.1", "1")] decimal Fte,
    bool Founder);

public sealed record TractionRequest(
    [property: Range(typeof(decimal), "0", "10000000000")] decimal RevenueEur,
    [property: Range(0, 1000000000)] int Users,
    [property: Range(typeof(decimal), "0", "10000000000")] decimal FundingRaisedEur);

public sealed record AffiliationRequest(
    [property: Required] Guid? OrganisationId,
    [property: Required, RegularExpression("^(shareholder|partner)$", ErrorMessage = "The relation is shareholder or partner.")] string? Relation);

/// <summary>An application as the start-up writes it; the applicant is the caller's organisation.</summary>
public sealed record ApplicationRequest(
    [property: Required, MinLength(1), MaxLength(20)] IReadOnlyList<TeamMemberRequest>? Team,
    [property: Required] string? PrioritySystem,
    [property: Required] StartupStage? Stage,
    [property: StringLength(5000)] string? PitchIt,
    [property: StringLength(5000)] string? PitchEn,
    [property: Required] TractionRequest? Traction,
    [property: MaxLength(30)] IReadOnlyList<string>? TargetCountries,
    bool ShareWithCeip,
    [property: MaxLength(20)] IReadOnlyList<AffiliationRequest>? Affiliations) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrioritySystem is not null && !ReferenceCodes.PrioritySystems.Contains(PrioritySystem, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"'{PrioritySystem}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.", ["prioritySystem"]);
        }
        foreach (var problem in CodeLists.Countries(TargetCountries, "targetCountries"))
        {
            yield return problem;
        }
        var team = Team ?? [];
        for (var i = 0; i < team.Count; i++)
        {
            if (team[i] is null)
            {
                yield return new ValidationResult("Describe the team member.", [$"team[{i}]"]);
            }
        }
        var affiliations = Affiliations ?? [];
        for (var i = 0; i < affiliations.Count; i++)
        {
            if (affiliations[i]?.OrganisationId is null)
            {
                yield return new ValidationResult("Each shareholder or partner needs its organisation id.", [$"affiliations[{i}].organisationId"]);
            }
            else if (affiliations.Take(i).Any(a => a?.OrganisationId == affiliations[i].OrganisationId))
            {
                yield return new ValidationResult("An organisation appears once among the shareholders and partners.", [$"affiliations[{i}].organisationId"]);
            }
        }
    }

    public ApplicationContent ToContent() => new(
        [.. Team!.Select(m => new TeamMember(m.Name!.Trim(), m.Role!.Trim(), m.Fte, m.Founder))],
        PrioritySystem!.ToUpperInvariant(),
        Stage!.Value,
        PitchIt?.Trim() ?? "",
        PitchEn?.Trim() ?? "",
        new Traction(Traction!.RevenueEur, Traction.Users, Traction.FundingRaisedEur),
        [.. (TargetCountries ?? []).Select(Codes.Upper).Distinct()],
        ShareWithCeip,
        [.. (Affiliations ?? []).Select(a => new Affiliation(a.OrganisationId!.Value, a.Relation!))]);
}

public sealed record ApplicationWithdrawalRequest([property: StringLength(1000)] string? Reason);

/// <summary>
/// An application. <c>content</c> is the working copy (the applicant's and managers'),
/// <c>submitted</c> the version that counts; <c>receipt</c> proves the last submission. The score and
/// the interview notes are the selection's working papers: managers read them, applicants do not.
/// </summary>
public sealed record ApplicationResponse(
    Guid Id,
    Guid IntakeId,
    string IntakeCode,
    Guid OrganisationId,
    string? LegalName,
    ApplicationStatus Status,
    ApplicationContent? Content,
    ApplicationContent? Submitted,
    bool HasUnsubmittedChanges,
    ApplicationReceipt? Receipt,
    IReadOnlyList<EligibilityFailure> EligibilityFailures,
    string? ScreeningReason,
    Interview? Interview,
    decimal? Score,
    int? WaitListPosition,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? AdmittedAt,
    DateOnly? CompletedOn,
    DateOnly? DroppedOutOn,
    string? DropOutReason,
    string? WithdrawalReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>The answer to a submission: the receipt, whether the automatic check passed, and the application.</summary>
public sealed record ApplicationSubmissionResponse(ApplicationReceipt Receipt, bool Eligible, ApplicationResponse Application);
