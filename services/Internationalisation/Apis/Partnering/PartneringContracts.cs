using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.RequestHandling.Validation;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>A person to contact: private to the profile's owner, the interested organisation once accepted, and CEIP.</summary>
public sealed record ContactRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: Required, EmailAddress, StringLength(254)] string? Email,
    [property: RegularExpression(@"^\+?[0-9][0-9 ()./-]{5,28}$", ErrorMessage = "A telephone number such as +39 011 123 4567.")] string? Phone)
{
    public ProfileContact ToContact() => new(Name!.Trim(), Email!.Trim(), string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim());
}

/// <summary>
/// A partnering profile as its owner drafts or edits it: an offer or a request, for a business,
/// technology or research (R&amp;D) partner, in Italian and English; the countries where partners are
/// sought, SPIs and optionally NACE codes; the last day it is public (at most 12 months ahead);
/// the private contact.
/// </summary>
public sealed record PartneringProfileRequest(
    [property: Required] ProfileDirection? Direction,
    [property: Required] ProfileKind? Kind,
    [property: Required, StringLength(200, MinimumLength = 5)] string? TitleIt,
    [property: Required, StringLength(200, MinimumLength = 5)] string? TitleEn,
    [property: Required, StringLength(1000, MinimumLength = 20)] string? SummaryIt,
    [property: Required, StringLength(1000, MinimumLength = 20)] string? SummaryEn,
    [property: Required, StringLength(10000, MinimumLength = 20)] string? DescriptionIt,
    [property: Required, StringLength(10000, MinimumLength = 20)] string? DescriptionEn,
    [property: Required, MinLength(1), MaxLength(60)] IReadOnlyList<string>? CountriesOfInterest,
    [property: Required, MinLength(1), MaxLength(6)] IReadOnlyList<string>? PrioritySystems,
    [property: MaxLength(5)] IReadOnlyList<string>? NaceCodes,
    [property: MaxLength(10)] IReadOnlyList<string>? Keywords,
    [property: Required] DateOnly? ExpiresOn,
    [property: Required] ContactRequest? Contact) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var codes = CodeLists.Countries(CountriesOfInterest, "countriesOfInterest")
            .Concat(CodeLists.PrioritySystems(PrioritySystems, "prioritySystems"))
            .Concat(CodeLists.NaceCodes(NaceCodes, "naceCodes"));
        foreach (var error in codes)
        {
            yield return error;
        }
        var keywords = Keywords ?? [];
        for (var i = 0; i < keywords.Count; i++)
        {
            if (keywords[i] is not { } keyword || keyword.Trim().Length is < 2 or > 60)
            {
                yield return new ValidationResult("A keyword is 2 to 60 characters.", [$"keywords[{i}]"]);
            }
        }
    }

    /// <summary>The terms, once the request is valid.</summary>
    public ProfileTerms ToTerms() => new(
        Direction!.Value, Kind!.Value,
        new LocalizedText(TitleIt!.Trim(), TitleEn!.Trim()), new LocalizedText(SummaryIt!.Trim(), SummaryEn!.Trim()),
        new LocalizedText(DescriptionIt!.Trim(), DescriptionEn!.Trim()),
        CountriesOfInterest!, PrioritySystems!, NaceCodes ?? [], [.. (Keywords ?? []).Select(k => k.Trim())], ExpiresOn!.Value, Contact!.ToContact());
}

/// <summary>Why a CEIP officer returns a profile to its owner: what to change.</summary>
public sealed record ReturnProfileRequest([property: Required, StringLength(2000, MinimumLength = 5)] string? Reason);

/// <summary>Why the owner withdraws the profile (optional, kept for CEIP).</summary>
public sealed record WithdrawProfileRequest([property: StringLength(2000)] string? Reason);

/// <summary>The new last day the profile is public: later than the current one, at most 12 months from today.</summary>
public sealed record RenewProfileRequest([property: Required] DateOnly? ExpiresOn);

/// <summary>An organisation's interest in a profile: a message in Italian or English (or both) and the contact the owner may use.</summary>
public sealed record InterestRequest(
    [property: StringLength(2000, MinimumLength = 10)] string? MessageIt,
    [property: StringLength(2000, MinimumLength = 10)] string? MessageEn,
    [property: Required] ContactRequest? Contact) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(MessageIt) && string.IsNullOrWhiteSpace(MessageEn))
        {
            yield return new ValidationResult("Write the message in Italian or English (or both).", ["messageIt", "messageEn"]);
        }
    }
}

/// <summary>Why the owner declines an interest; the interested organisation reads it.</summary>
public sealed record DeclineInterestRequest([property: Required, StringLength(2000, MinimumLength = 5)] string? Reason);

/// <summary>How the public search is sorted: newest published first, or expiring soonest first.</summary>
public enum ProfileSort { Newest, Expiring }
