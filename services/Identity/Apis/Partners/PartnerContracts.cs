using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.RequestHandling.Validation;

namespace PiedmontSystem.Identity.Apis.Partners;

/// <summary>A partner system to register: its name and the event areas it may receive (registry, funding, …).</summary>
public sealed record PartnerRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string? Name,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one event area.")] IReadOnlyList<string>? EventAreas) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        CodeLists.In(EventAreas, PartnerSystem.EventAreas, "eventAreas", ignoreCase: false);
}

/// <summary>A registered partner system, without its secret.</summary>
public sealed record PartnerResponse(
    string ClientId, string Name, IReadOnlyList<string> EventAreas, IReadOnlyList<string> Scopes,
    DateTimeOffset RegisteredAt, string RegisteredBy, DateTimeOffset? SecretRotatedAt)
{
    public static PartnerResponse Of(PartnerSystem p) =>
        new(p.ClientId, p.Name, p.Areas, [.. p.Scopes], p.RegisteredAt, p.RegisteredBy, p.SecretRotatedAt);
}

/// <summary>
/// What the partner's operators need to ask for tokens (client credentials at <c>/connect/token</c>):
/// the secret is shown this once; only its hash is kept.
/// </summary>
public sealed record PartnerCredentialsResponse(string ClientId, string ClientSecret, string Name, IReadOnlyList<string> EventAreas, IReadOnlyList<string> Scopes)
{
    public static PartnerCredentialsResponse Of(PartnerSystem p, string secret) => new(p.ClientId, secret, p.Name, p.Areas, [.. p.Scopes]);
}
