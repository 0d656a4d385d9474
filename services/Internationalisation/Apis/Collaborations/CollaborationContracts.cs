using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Collaborations;

namespace PiedmontSystem.Internationalisation.Apis.Collaborations;

/// <summary>A collaboration as a CEIP officer records it; the cluster is named by its registry code (e.g. CLEVER).</summary>
public sealed record CollaborationRequest(
    [property: Required, RegularExpression("^[A-Za-z0-9_-]{2,30}$", ErrorMessage = "A cluster code is 2-30 letters, digits, _ or -, e.g. MESAP.")] string? ClusterCode,
    [property: Required] CollaborationKind? Kind,
    [property: Required, StringLength(300, MinimumLength = 3)] string? Title,
    [property: Required, StringLength(300, MinimumLength = 2)] string? PartnerName,
    [property: StringLength(200)] string? PartnerRegion,
    [property: Required] string? PartnerCountry,
    DateOnly? StartsOn,
    DateOnly? EndsOn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartnerCountry is not null && !CountryCodes.All.Contains(PartnerCountry))
        {
            yield return new ValidationResult($"'{PartnerCountry}' is not an ISO 3166-1 alpha-2 country code (IT for an inter-regional collaboration).", ["partnerCountry"]);
        }
    }
}

public sealed record CollaborationResponse(
    Guid Id, string ClusterCode, CollaborationKind Kind, string Title, string PartnerName, string? PartnerRegion, string PartnerCountry, bool InterRegional,
    DateOnly? StartsOn, DateOnly? EndsOn, DateTimeOffset RecordedAt)
{
    public static CollaborationResponse Of(Collaboration c) =>
        new(c.Id, c.ClusterCode, c.Kind, c.Title, c.PartnerName, c.PartnerRegion, c.PartnerCountry, c.IsInterRegional, c.StartsOn, c.EndsOn, c.RecordedAt);
}

/// <summary>How many collaborations, by partner country and kind.</summary>
public sealed record CollaborationsByCountry(string PartnerCountry, int Total, IReadOnlyDictionary<string, int> ByKind);
