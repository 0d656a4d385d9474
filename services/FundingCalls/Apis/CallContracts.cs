using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.RequestHandling.Validation;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>An evaluation criterion as an officer writes it; scores go from 0 to <paramref name="MaxScore"/>.</summary>
public sealed record CriterionRequest(
    [property: Required, RegularExpression("^[A-Za-z][A-Za-z0-9_-]{0,29}$", ErrorMessage = "A criterion code is a letter then up to 29 letters, digits, _ or -.")] string? Code,
    [property: Required, StringLength(200)] string? NameIt,
    [property: Required, StringLength(200)] string? NameEn,
    [property: Range(typeof(decimal), "0.01", "100")] decimal Weight,
    [property: Range(typeof(decimal), "1", "100")] decimal MaxScore,
    [property: Range(typeof(decimal), "0", "100")] decimal Threshold);

public sealed record ConsortiumRequest(
    [property: Range(1, 50)] int MinParticipants,
    [property: Range(1, 50)] int MaxParticipants,
    bool RequiresSme);

/// <summary>
/// A call as an officer drafts it. Opening and deadline are Europe/Rome wall-clock times
/// (<c>2027-03-31T12:00</c>) or instants with an offset; the deadline is the last instant a
/// submission is accepted.
/// </summary>
public sealed record CallRequest(
    [property: Required, RegularExpression("^[A-Z0-9][A-Z0-9-]{2,39}$", ErrorMessage = "A call code is 3-40 capital letters, digits and dashes, e.g. PRFESR-2027-RD-01.")] string? Code,
    string? ProgrammeCode,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleIt,
    [property: Required, StringLength(300, MinimumLength = 3)] string? TitleEn,
    [property: Required, StringLength(20000)] string? TextIt,
    [property: Required, StringLength(20000)] string? TextEn,
    [property: Required] Instrument? Instrument,
    IReadOnlyList<string>? EligibleKinds,
    IReadOnlyList<string>? EligibleSizeClasses,
    IReadOnlyList<string>? EligiblePrioritySystems,
    IReadOnlyList<string>? EligibleComponents,
    bool EndorsementRequired,
    [property: Required] ConsortiumRequest? Consortium,
    [property: Range(typeof(decimal), "0", "1000000000"), Euros] decimal MinGrantEur,
    [property: Range(typeof(decimal), "1", "1000000000"), Euros] decimal MaxGrantEur,
    [property: Range(typeof(decimal), "1", "10000000000"), Euros] decimal BudgetEur,
    [property: Required] string? OpensAt,
    [property: Required] string? DeadlineAt,
    [property: Required] IReadOnlyList<CriterionRequest>? Criteria,
    [property: Range(typeof(decimal), "0", "100")] decimal PassThreshold) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var problem in CodeLists.In(EligibleKinds, ReferenceCodes.OrganisationKinds, nameof(EligibleKinds), ignoreCase: false)
                     .Concat(CodeLists.In(EligibleSizeClasses, ReferenceCodes.SizeClasses, nameof(EligibleSizeClasses), ignoreCase: false))
                     .Concat(CodeLists.In(EligiblePrioritySystems, ReferenceCodes.PrioritySystems, nameof(EligiblePrioritySystems), ignoreCase: false))
                     .Concat(CodeLists.In(EligibleComponents, ReferenceCodes.InnovationComponents, nameof(EligibleComponents), ignoreCase: false)))
        {
            yield return problem;
        }
        foreach (var (text, field) in new[] { (OpensAt, nameof(OpensAt)), (DeadlineAt, nameof(DeadlineAt)) })
        {
            if (text is not null && !RomeTime.TryParse(text, out _, out var error))
            {
                yield return new ValidationResult(error, [field]);
            }
        }
        foreach (var (criterion, i) in (Criteria ?? []).Select((c, i) => (c, i)))
        {
            if (criterion is null)
            {
                yield return new ValidationResult("A criterion cannot be empty.", [$"criteria[{i}]"]);
                continue;
            }
            foreach (var result in RequestValidationOf(criterion))
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"criteria[{i}].{m}").ToArray());
            }
        }
        if (Consortium is not null)
        {
            foreach (var result in RequestValidationOf(Consortium))
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"consortium.{m}").ToArray());
            }
        }
        if (ToTerms() is { } terms)
        {
            foreach (var (field, message) in terms.Problems())
            {
                yield return new ValidationResult(message, [field]);
            }
        }
    }

    /// <summary>The terms, once the request is valid (times parsed in Europe/Rome).</summary>
    public CallTerms? ToTerms()
    {
        if (!RomeTime.TryParse(OpensAt, out var opensAt, out _) || !RomeDeadline.TryParse(DeadlineAt, out var deadline, out _) || Consortium is null || Criteria is null || Criteria.Any(c => c is null))
        {
            return null;
        }
        return new CallTerms(
            Code!,
            new LocalizedText(TitleIt!, TitleEn!),
            new LocalizedText(TextIt!, TextEn!),
            Instrument!.Value,
            [.. (EligibleKinds ?? []).Distinct()],
            [.. (EligibleSizeClasses ?? []).Distinct()],
            [.. (EligiblePrioritySystems ?? []).Distinct()],
            [.. (EligibleComponents ?? []).Distinct()],
            EndorsementRequired,
            new ConsortiumRules(Consortium.MinParticipants, Consortium.MaxParticipants, Consortium.RequiresSme),
            Money.Euros(MinGrantEur),
            Money.Euros(MaxGrantEur),
            Money.Euros(BudgetEur),
            opensAt,
            deadline,
            [.. Criteria.Select(c => new EvaluationCriterion(c.Code ?? "", new LocalizedText(c.NameIt ?? "", c.NameEn ?? ""), c.Weight, c.MaxScore, c.Threshold))],
            PassThreshold);
    }

    private static List<ValidationResult> RequestValidationOf(object value)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results;
    }
}

/// <summary>An amendment of a published call: why, and what changes (at least one of the rest).</summary>
public sealed record AmendmentRequest(
    [property: Required, StringLength(2000, MinimumLength = 5)] string? Reason,
    string? OpensAt,
    string? DeadlineAt,
    [property: Range(typeof(decimal), "1", "10000000000"), Euros] decimal? BudgetEur,
    [property: StringLength(20000)] string? TextIt,
    [property: StringLength(20000)] string? TextEn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (text, field) in new[] { (OpensAt, nameof(OpensAt)), (DeadlineAt, nameof(DeadlineAt)) })
        {
            if (text is not null && !RomeTime.TryParse(text, out _, out var error))
            {
                yield return new ValidationResult(error, [field]);
            }
        }
        if ((TextIt is null) != (TextEn is null))
        {
            yield return new ValidationResult("Amend the text in both languages at once.", [TextIt is null ? nameof(TextIt) : nameof(TextEn)]);
        }
    }

    public RequestedAmendment ToAmendment() => new(
        Reason!,
        RomeTime.TryParse(OpensAt, out var opensAt, out _) ? opensAt : null,
        RomeDeadline.TryParse(DeadlineAt, out var deadline, out _) ? deadline : null,
        BudgetEur is { } budget ? Money.Euros(budget) : null,
        TextIt is not null && TextEn is not null ? new LocalizedText(TextIt, TextEn) : null);
}

public sealed record CallTranslationResponse(string Title, string Text);

public sealed record CallEligibilityResponse(
    IReadOnlyList<string> Kinds, IReadOnlyList<string> SizeClasses, IReadOnlyList<string> PrioritySystems, IReadOnlyList<string> Components,
    bool EndorsementRequired, ConsortiumRules Consortium);

public sealed record CriterionResponse(string Code, string Name, decimal Weight, decimal MaxScore, decimal Threshold);

/// <summary>
/// A call. <c>status</c> is what the clock says now; opening and deadline are shown with the Rome
/// offset of their instant (+01:00 in winter, +02:00 in summer).
/// </summary>
public sealed record CallResponse(
    Guid Id,
    string Code,
    string ProgrammeCode,
    string Title,
    string Text,
    IReadOnlyDictionary<string, CallTranslationResponse> Translations,
    Instrument Instrument,
    CallStatus Status,
    DateTimeOffset OpensAt,
    DateTimeOffset DeadlineAt,
    string TimeZone,
    CallEligibilityResponse Eligibility,
    decimal MinGrantEur,
    decimal MaxGrantEur,
    decimal BudgetEur,
    decimal CommittedEur,
    decimal RemainingEur,
    IReadOnlyList<CriterionResponse> Criteria,
    decimal PassThreshold,
    IReadOnlyList<CallAmendment> Amendments,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? EvaluationCompletedAt);

public sealed record ProgrammeResponse(Guid Id, string Code, string Name, string Fund, int FirstYear, int LastYear, decimal BudgetEur, decimal EuCofinancingRate, decimal AllocatedToCallsEur);
