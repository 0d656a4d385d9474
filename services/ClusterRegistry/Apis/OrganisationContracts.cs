using System.ComponentModel.DataAnnotations;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Apis;

/// <summary>An organisation's profile as its users submit it (register and update alike).</summary>
public sealed record OrganisationRequest(
    [property: Required, StringLength(300, MinimumLength = 2)] string? LegalName,
    [property: ItalianVatNumber] string? VatNumber,
    [property: ItalianFiscalCode] string? FiscalCode,
    [property: Required] OrganisationKind? Kind,
    [property: Required] Province? Province,
    [property: RegularExpression(@"^\d{2}(\.\d{1,2}){0,2}$", ErrorMessage = "An ATECO code looks like 62 or 62.01 or 62.01.00.")] string? AtecoCode,
    DateOnly? FoundedOn,
    bool InnovativeStartup,
    [property: Range(0, 10_000_000)] int? Headcount,
    [property: Range(typeof(decimal), "0", "1000000000000")] decimal? TurnoverEur,
    [property: Range(typeof(decimal), "0", "1000000000000")] decimal? BalanceSheetEur,
    IReadOnlyList<string>? PrioritySystems,
    [property: Url, StringLength(300)] string? Website) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(VatNumber) && string.IsNullOrWhiteSpace(FiscalCode))
        {
            yield return new ValidationResult("Give a VAT number or a fiscal code (or both).", [nameof(VatNumber)]);
        }
    }
}

/// <summary>An organisation in a list or search result: its public face only.</summary>
public sealed record OrganisationSummaryResponse(
    Guid Id, string LegalName, OrganisationKind Kind, Province? Province, SizeClass SizeClass, bool InnovativeStartup, IReadOnlyList<string> PrioritySystems);

/// <summary>The public profile, plus <see cref="Private"/> for the organisation's own users and regional officers.</summary>
public sealed record OrganisationResponse(
    Guid Id,
    string LegalName,
    string? VatNumber,
    OrganisationKind Kind,
    Province? Province,
    string? AtecoCode,
    DateOnly? FoundedOn,
    bool InnovativeStartup,
    SizeClass SizeClass,
    IReadOnlyList<string> PrioritySystems,
    string? Website,
    IReadOnlyList<ClusterReferenceResponse> Clusters,
    DateTimeOffset RegisteredAt,
    bool Synthetic,
    OrganisationPrivateDetailsResponse? Private);

/// <summary>Figures an organisation gives the region but not the public.</summary>
public sealed record OrganisationPrivateDetailsResponse(string? FiscalCode, int? Headcount, decimal? TurnoverEur, decimal? BalanceSheetEur, DateTimeOffset UpdatedAt);

/// <summary>Validates with the <see cref="VatNumber"/> value object's own rule; empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItalianVatNumberAttribute : ValidationAttribute
{
    public ItalianVatNumberAttribute() : base("The VAT number must be 11 digits with a valid check digit.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string s && VatNumber.TryParse(s, out _));
}

/// <summary>Validates with <see cref="Domain.FiscalCode"/>'s rule; empty is allowed.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItalianFiscalCodeAttribute : ValidationAttribute
{
    public ItalianFiscalCodeAttribute() : base("A fiscal code is 11 digits with a valid check digit, or the 16 characters of a person's code.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string s && FiscalCode.TryNormalise(s, out _));
}
