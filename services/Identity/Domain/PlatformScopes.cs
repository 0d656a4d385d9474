using PiedmontSystem.Messaging.Catalogue;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PiedmontSystem.Identity.Domain;

/// <summary>The scopes clients ask for: the platform's API, and for partner systems one per event area.</summary>
public static class PlatformScopes
{
    /// <summary>Call the platform's API as the signed-in person.</summary>
    public const string Api = "api";

    /// <summary>Partner systems: receive the events of one area (docs/events.md), e.g. <c>events:registry</c>.</summary>
    public static readonly IReadOnlyList<string> EventAreas = [.. EventCatalogue.Areas.Select(EventCatalogue.ScopeOf)];

    /// <summary>What a person's client (portal, mobile app) may ask for.</summary>
    public static readonly IReadOnlyList<string> PersonScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, Api];

    public static IEnumerable<string> All => [.. PersonScopes, .. EventAreas];
}
