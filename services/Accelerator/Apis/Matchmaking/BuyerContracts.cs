using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// A buyer as an accelerator manager writes it. <c>country</c> is ISO 3166-1 alpha-2; a buyer is
/// from outside the region unless it is in Italy and its region is Piemonte (or Piedmont).
/// <c>registryOrganisationId</c>, when the buyer is in the registry, is also the <c>org</c> claim of its users.
/// </summary>
public sealed record BuyerRequest(
    [property: Required, StringLength(300, MinimumLength = 2)] string? Name,
    [property: Required] BuyerKind? Kind,
    [property: Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "A country is an ISO 3166-1 alpha-2 code, e.g. IT, FR, DE.")] string? Country,
    [property: Required, StringLength(100, MinimumLength = 2)] string? Region,
    Guid? RegistryOrganisationId,
    [property: StringLength(300), Url] string? Website) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Country is { Length: 2 } && !BuyerOrigin.IsCountryCode(Country.ToUpperInvariant()))
        {
            yield return new ValidationResult($"'{Country}' is not an ISO 3166-1 alpha-2 country code.", [nameof(Country)]);
        }
    }

    public BuyerProfile ToProfile() => new(Name!, Kind!.Value, Country!, Region!, RegistryOrganisationId, Website);
}

/// <summary>
/// A buyer. <c>organisationId</c> is what its users' tokens carry in the <c>org</c> claim: its
/// registry id when it is in the registry, otherwise its own id.
/// </summary>
public sealed record BuyerResponse(
    Guid Id,
    string Name,
    BuyerKind Kind,
    string Country,
    string Region,
    bool FromOutsideRegion,
    Guid? RegistryOrganisationId,
    Guid OrganisationId,
    string? Website,
    DateTimeOffset CreatedAt)
{
    public static BuyerResponse Of(Buyer b) =>
        new(b.Id, b.Name, b.Kind, b.Country, b.Region, b.FromOutsideRegion, b.RegistryOrganisationId, b.OrganisationId, b.Website, b.CreatedAt);
}
