using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.RequestHandling.Validation;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>
/// A liaison request. An organisation's user asks for its own organisation (<c>organisationId</c>
/// may be omitted); a cluster manager names the member organisation it refers.
/// </summary>
public sealed record LiaisonRequestRequest(
    Guid? OrganisationId,
    [property: Required] LiaisonKind? Kind,
    [property: Required, MinLength(1), MaxLength(30)] IReadOnlyList<string>? TargetCountries,
    [property: MaxLength(6)] IReadOnlyList<string>? PrioritySystems,
    [property: RegularExpression(@"^[A-Z]?\d{2}(\.\d{1,2}){0,2}$", ErrorMessage = "A NACE/ATECO code such as 62.01 or C28.29.")] string? NaceCode,
    [property: StringLength(5000, MinimumLength = 10)] string? DescriptionIt,
    [property: StringLength(5000, MinimumLength = 10)] string? DescriptionEn,
    LiaisonUrgency? Urgency) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in CodeLists.Countries(TargetCountries, "targetCountries").Concat(CodeLists.PrioritySystems(PrioritySystems, "prioritySystems")))
        {
            yield return error;
        }
        if (string.IsNullOrWhiteSpace(DescriptionIt) && string.IsNullOrWhiteSpace(DescriptionEn))
        {
            yield return new ValidationResult("Describe the request in Italian or English (or both).", ["descriptionIt", "descriptionEn"]);
        }
    }
}

public enum AssessmentDecision { Accepted, Declined }

/// <summary>Accept, or decline with a reason the requester reads.</summary>
public sealed record AssessmentRequest(
    [property: Required] AssessmentDecision? Decision,
    [property: StringLength(2000)] string? Reason);

/// <summary>The CEIP officer who follows the request, by subject.</summary>
public sealed record AssignmentRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string? OfficerSubject,
    [property: Required, StringLength(200, MinimumLength = 2)] string? OfficerName);

public sealed record NoteRequest(
    [property: Required, StringLength(5000, MinimumLength = 2)] string? Text,
    bool VisibleToRequester);

/// <summary>What was achieved.</summary>
public sealed record ClosureRequest(
    [property: Required] LiaisonOutcome? Outcome,
    [property: Required, StringLength(5000, MinimumLength = 10)] string? Text) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Outcome == LiaisonOutcome.Withdrawn)
        {
            yield return new ValidationResult("A request is withdrawn by its requester (POST …/withdrawal); CEIP closes it as achieved, partly or not-achieved.", ["outcome"]);
        }
    }
}

/// <summary>The requester's withdrawal, with a reason CEIP reads.</summary>
public sealed record WithdrawalRequest(
    [property: Required, StringLength(2000, MinimumLength = 5)] string? Reason);

/// <summary>A requester's note: always visible to the requester's side and to CEIP.</summary>
public sealed record RequesterNoteRequest(
    [property: Required, StringLength(5000, MinimumLength = 2)] string? Text);

public sealed record IntroductionRequest(
    [property: Required] Guid? OrganisationId,
    [property: Required, StringLength(300, MinimumLength = 2)] string? PartnerName,
    [property: Required] string? PartnerCountry,
    [property: Required] PartnerKind? PartnerKind,
    Guid? LiaisonRequestId,
    [property: Required] DateOnly? IntroducedOn,
    [property: StringLength(2000)] string? Note) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartnerCountry is not null && !CountryCodes.All.Contains(PartnerCountry))
        {
            yield return new ValidationResult($"'{PartnerCountry}' is not an ISO 3166-1 alpha-2 country code.", ["partnerCountry"]);
        }
    }
}

/// <summary>The next step of an introduction's ladder: meeting-held, agreement-signed, or dropped (with a reason).</summary>
public sealed record IntroductionOutcomeRequest(
    [property: Required] IntroductionStage? Stage,
    [property: Required] DateOnly? On,
    [property: StringLength(2000)] string? Reason);
