using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.RequestHandling.Validation;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Apis;

/// <summary>Who may apply; empty lists mean any. Founding dates are inclusive.</summary>
public sealed record EligibilityRequest(
    IReadOnlyList<string>? Kinds,
    IReadOnlyList<string>? SizeClasses,
    bool InnovativeStartupsOnly,
    DateOnly? FoundedFrom,
    DateOnly? FoundedTo,
    IReadOnlyList<string>? Provinces);

/// <summary>A service of the catalogue and the hours each start-up is planned to receive.</summary>
public sealed record CatalogueServiceRequest(
    [property: Required] ServiceKind? Kind,
    [property: Required, StringLength(2000, MinimumLength = 3)] string? DescriptionIt,
    [property: Required, StringLength(2000, MinimumLength = 3)] string? DescriptionEn,
    [property: Range(typeof(decimal), "1", "2000")] decimal PlannedHours);

/// <summary>A rubric criterion; reviewers score it from 0 to 10.</summary>
public sealed record RubricCriterionRequest(
    [property: Required, RegularExpression("^[A-Za-z][A-Za-z0-9_-]{0,29}$", ErrorMessage = "A criterion code is a letter then up to 29 letters, digits, _ or -.")] string? Code,
    [property: Required, StringLength(200, MinimumLength = 2)] string? NameIt,
    [property: Required, StringLength(200, MinimumLength = 2)] string? NameEn,
    [property: Range(typeof(decimal), "0.1", "100")] decimal Weight);

/// <summary>
/// An intake as a manager drafts it. Opening and deadline are Europe/Rome wall-clock times
/// (<c>2027-03-31T12:00</c>) or instants with an offset, read exactly as funding calls read them.
/// </summary>
public sealed record IntakeRequest(
    [property: Required, RegularExpression("^[A-Z0-9][A-Z0-9-]{2,39}$", ErrorMessage = "An intake code is 3-40 capital letters, digits and dashes, e.g. BA-2027.")] string? Code,
    string? ProgrammeCode,
    [property: Range(2020, 2100)] int Year,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleIt,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleEn,
    [property: Required, StringLength(20000, MinimumLength = 3)] string? DescriptionIt,
    [property: Required, StringLength(20000, MinimumLength = 3)] string? DescriptionEn,
    [property: Required, MinLength(1)] IReadOnlyList<string>? PrioritySystems,
    [property: Required] EligibilityRequest? Eligibility,
    [property: Required] string? OpensAt,
    [property: Required] string? DeadlineAt,
    [property: Range(1, 200)] int CohortCapacity,
    [property: Range(3, 6)] int ServiceMonths,
    [property: Required, MinLength(1)] IReadOnlyList<CatalogueServiceRequest>? Services,
    [property: Required, MinLength(1)] IReadOnlyList<Guid>? ProviderIds,
    [property: Required, MinLength(1)] IReadOnlyList<RubricCriterionRequest>? Rubric) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in CodeLists.In(PrioritySystems, ReferenceCodes.PrioritySystems, "prioritySystems")
                     .Concat(CodeLists.In(Eligibility?.Kinds, ReferenceCodes.OrganisationKinds, "eligibility.kinds"))
                     .Concat(CodeLists.In(Eligibility?.SizeClasses, ReferenceCodes.SizeClasses, "eligibility.sizeClasses"))
                     .Concat(CodeLists.In(Eligibility?.Provinces, Codes.Provinces, "eligibility.provinces")))
        {
            yield return problem;
        }
        if (Eligibility is { FoundedFrom: { } from, FoundedTo: { } to } && from > to)
        {
            yield return new ValidationResult("The founding window ends before it starts.", ["eligibility.foundedTo"]);
        }
        foreach (var (text, field) in new[] { (OpensAt, "opensAt"), (DeadlineAt, "deadlineAt") })
        {
            if (text is not null && !RomeTime.TryParse(text, out _, out var error))
            {
                yield return new ValidationResult(error, [field]);
            }
        }
        var services = Services ?? [];
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is null)
            {
                yield return new ValidationResult("Describe the service.", [$"services[{i}]"]);
            }
            else if (services.Take(i).Any(s => s?.Kind == services[i].Kind))
            {
                yield return new ValidationResult("Each kind of service appears once in the catalogue.", [$"services[{i}].kind"]);
            }
        }
        var rubric = Rubric ?? [];
        for (var i = 0; i < rubric.Count; i++)
        {
            if (rubric[i] is null)
            {
                yield return new ValidationResult("Describe the criterion.", [$"rubric[{i}]"]);
            }
            else if (rubric.Take(i).Any(c => string.Equals(c?.Code, rubric[i].Code, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new ValidationResult("Each criterion code appears once.", [$"rubric[{i}].code"]);
            }
        }
        var providers = ProviderIds ?? [];
        for (var i = 0; i < providers.Count; i++)
        {
            if (providers.Take(i).Contains(providers[i]))
            {
                yield return new ValidationResult("Each provider appears once.", [$"providerIds[{i}]"]);
            }
        }
    }

    public IntakeTerms ToTerms() => new(
        Code!,
        Year,
        new LocalizedText(TitleIt!.Trim(), TitleEn!.Trim()),
        new LocalizedText(DescriptionIt!.Trim(), DescriptionEn!.Trim()),
        [.. PrioritySystems!.Select(Codes.Upper).Distinct()],
        new IntakeEligibility(
            [.. (Eligibility!.Kinds ?? []).Select(Codes.Lower).Distinct()],
            [.. (Eligibility.SizeClasses ?? []).Select(Codes.Lower).Distinct()],
            Eligibility.InnovativeStartupsOnly,
            Eligibility.FoundedFrom,
            Eligibility.FoundedTo,
            [.. (Eligibility.Provinces ?? []).Select(Codes.Upper).Distinct()]),
        RomeTime.TryParse(OpensAt, out var opensAt, out _) ? opensAt : throw new InvalidOperationException("validated"),
        RomeDeadline.TryParse(DeadlineAt, out var deadline, out _) ? deadline : throw new InvalidOperationException("validated"),
        CohortCapacity,
        ServiceMonths,
        [.. Services!.Select(s => new CatalogueService(s.Kind!.Value, s.DescriptionIt!.Trim(), s.DescriptionEn!.Trim(), s.PlannedHours))],
        [.. ProviderIds!],
        [.. Rubric!.Select(c => new RubricCriterion(c.Code!, c.NameIt!.Trim(), c.NameEn!.Trim(), c.Weight))]);
}

/// <summary>An amendment: a reason, and at least one of a new opening, deadline, capacity or description.</summary>
public sealed record IntakeAmendmentRequest(
    [property: Required, StringLength(1000, MinimumLength = 5)] string? Reason,
    string? OpensAt,
    string? DeadlineAt,
    [property: Range(1, 200)] int? CohortCapacity,
    [property: StringLength(20000, MinimumLength = 3)] string? DescriptionIt,
    [property: StringLength(20000, MinimumLength = 3)] string? DescriptionEn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (text, field) in new[] { (OpensAt, "opensAt"), (DeadlineAt, "deadlineAt") })
        {
            if (text is not null && !RomeTime.TryParse(text, out _, out var error))
            {
                yield return new ValidationResult(error, [field]);
            }
        }
        if ((DescriptionIt is null) != (DescriptionEn is null))
        {
            yield return new ValidationResult("Give the description in both languages.", [DescriptionIt is null ? "descriptionIt" : "descriptionEn"]);
        }
    }

    public DateTimeOffset? NewOpening => RomeTime.TryParse(OpensAt, out var opensAt, out _) ? opensAt : null;

    public RomeDeadline? NewDeadline => RomeDeadline.TryParse(DeadlineAt, out var deadline, out _) ? deadline : null;

    public LocalizedText? NewDescription => DescriptionIt is not null && DescriptionEn is not null ? new(DescriptionIt.Trim(), DescriptionEn.Trim()) : null;
}

public sealed record CloseIntakeRequest([property: Required, StringLength(1000, MinimumLength = 5)] string? Reason);

public sealed record ProviderResponse(Guid OrganisationId, string? LegalName, string? Kind);

/// <summary>An intake as everyone reads it; <c>status</c> is what the clock says now.</summary>
public sealed record IntakeResponse(
    Guid Id,
    string Code,
    string ProgrammeCode,
    int Year,
    int ProgrammeYear,
    string Title,
    string Description,
    LocalizedText TitleText,
    IReadOnlyList<string> PrioritySystems,
    IntakeEligibility Eligibility,
    DateTimeOffset OpensAt,
    DateTimeOffset DeadlineAt,
    string TimeZone,
    int CohortCapacity,
    int ServiceMonths,
    IReadOnlyList<CatalogueService> Services,
    IReadOnlyList<ProviderResponse> Providers,
    IReadOnlyList<RubricCriterion> Rubric,
    IntakeStatus Status,
    string? ClosedEarlyReason,
    IReadOnlyList<IntakeAmendment> Amendments,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? CohortCompletedAt);
