using Microsoft.AspNetCore.DataProtection;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Keeps the webhook secrets encrypted at rest: the hub must sign with them, so they cannot be
/// hashed. The key ring is ASP.NET Core Data Protection's, in the hub's database.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("PiedmontSystem.PartnerHub.WebhookSecrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
