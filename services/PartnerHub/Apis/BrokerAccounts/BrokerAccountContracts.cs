using System.ComponentModel.DataAnnotations;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

namespace PiedmontSystem.PartnerHub.Apis.BrokerAccounts;

/// <summary>A broker account for a partner system: its client id and the event areas it may receive.</summary>
public sealed record BrokerAccountRequest(
    [property: Required] string? PartnerId,
    [property: Required, MinLength(1, ErrorMessage = "Name at least one event area.")] IReadOnlyList<string>? EventAreas) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PartnerId is { } partnerId && !BrokerAccountRules.PartnerIdFormat().IsMatch(partnerId))
        {
            yield return new ValidationResult(
                "A partner id is the partner system's client id: lowercase letters, digits and inner hyphens, at most 64 (e.g. partner-1a2b3c4d5e6f).",
                [nameof(PartnerId)]);
        }
        for (var i = 0; i < (EventAreas?.Count ?? 0); i++)
        {
            if (EventAreas![i] is not { } area || !BrokerAccountRules.IsArea(area))
            {
                yield return new ValidationResult($"'{EventAreas[i]}' is not an event area; the areas are {string.Join(", ", EventCatalogue.Areas)}.", [$"eventAreas[{i}]"]);
            }
        }
    }
}

/// <summary>A broker account as the hub recorded it, with the permissions it was given. Never the password.</summary>
public sealed record BrokerAccountResponse(
    Guid Id,
    string PartnerId,
    string UserName,
    string VirtualHost,
    IReadOnlyList<string> EventAreas,
    string QueuePrefix,
    BrokerPermissions Permissions,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PasswordRotatedAt,
    string? PasswordRotatedBy,
    DateTimeOffset? RevokedAt,
    string? RevokedBy)
{
    public static BrokerAccountResponse Of(BrokerAccount a) => new(
        a.Id, a.PartnerId, a.UserName, a.VirtualHost, a.EventAreas, BrokerAccountRules.ResourcePrefixOf(a.PartnerId),
        BrokerAccountRules.PermissionsOf(a.PartnerId, a.EventAreas),
        a.CreatedAt, a.CreatedBy, a.PasswordRotatedAt, a.PasswordRotatedBy, a.RevokedAt, a.RevokedBy);
}

/// <summary>
/// A new account, or a new password: the password is shown in this answer only (the hub does not
/// keep it); <see cref="Exchanges"/> are the exchanges the partner may bind its queues to today.
/// </summary>
public sealed record BrokerCredentials(BrokerAccountResponse Account, string Password, IReadOnlyList<string> Exchanges);
