using System.ComponentModel.DataAnnotations;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Apis;

public sealed record RegisterOrganisationRequest(
    [property: Required, StringLength(300, MinimumLength = 2)] string? LegalName,
    [property: ItalianVatNumber] string? VatNumber,
    [property: Required] OrganisationKind? Kind,
    [property: Required] Province? Province);

public sealed record OrganisationResponse(Guid Id, string LegalName, string? VatNumber, OrganisationKind Kind, Province Province, DateTimeOffset RegisteredAt)
{
    public static OrganisationResponse From(Organisation o) => new(o.Id, o.LegalName, o.VatNumber, o.Kind, o.Province, o.RegisteredAt);
}

/// <summary>Validates with the <see cref="VatNumber"/> value object's own rule; empty is allowed (not every body has one).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ItalianVatNumberAttribute : ValidationAttribute
{
    public ItalianVatNumberAttribute() : base("The VAT number must be 11 digits with a valid check digit.")
    {
    }

    public override bool IsValid(object? value) => value is null || (value is string s && VatNumber.TryParse(s, out _));
}
