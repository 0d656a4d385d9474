using System.Buffers.Text;
using System.Security.Cryptography;
using PiedmontSystem.Messaging.Catalogue;

namespace PiedmontSystem.Identity.Domain;

/// <summary>
/// A partner system of the region (a chamber-of-commerce CRM, a university's tech-transfer office)
/// registered by an operator or a regional officer: an OpenIddict client with the client-credentials
/// grant and the event areas it may receive. This row is the register (who, when, which areas);
/// the client and its hashed secret are OpenIddict's. A removed partner's row stays for the record.
/// </summary>
public sealed class PartnerSystem
{
    /// <summary>The event areas of docs/events.md (registry, funding, …): each is the scope <c>events:&lt;area&gt;</c>.</summary>
    public static readonly IReadOnlyList<string> EventAreas = EventCatalogue.Areas;

    public Guid Id { get; private init; }

    /// <summary>The OAuth client id, e.g. <c>partner-3f9a1c2b7d4e</c>.</summary>
    public string ClientId { get; private init; } = "";

    public string Name { get; private set; } = "";

    public List<string> Areas { get; private init; } = [];

    public DateTimeOffset RegisteredAt { get; private init; }

    public string RegisteredBy { get; private init; } = "";

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedBy { get; private set; }

    /// <summary>The scopes the client may ask for, one per event area.</summary>
    public IEnumerable<string> Scopes => Areas.Select(ScopeOf);

    public static string ScopeOf(string area) => EventCatalogue.ScopeOf(area);

    public static PartnerSystem Register(string name, IEnumerable<string> areas, string registeredBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ClientId = "partner-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
        Name = name,
        Areas = [.. areas.Distinct().Order(StringComparer.Ordinal)],
        RegisteredAt = now,
        RegisteredBy = registeredBy,
    };

    /// <summary>A client secret: 32 random bytes, base64url. Shown once; OpenIddict keeps only its hash.</summary>
    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public void SecretRotated(DateTimeOffset now) => SecretRotatedAt = now;

    public void Remove(string removedBy, DateTimeOffset now)
    {
        RemovedAt = now;
        RemovedBy = removedBy;
    }
}
