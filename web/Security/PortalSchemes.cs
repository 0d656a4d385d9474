namespace PiedmontSystem.Web.Security;

/// <summary>The portal's authentication schemes.</summary>
public static class PortalSchemes
{
    /// <summary>Chooses per request: a bearer token on <c>/api/**</c> (the feed's JSON), the session cookie elsewhere.</summary>
    public const string Portal = "portal";

    /// <summary>The session cookie: it names a server-side session, never carries a token.</summary>
    public const string Cookie = "portal-cookie";

    /// <summary>Sign-in at the identity service: authorization code + PKCE, client <c>piedmont-web</c>.</summary>
    public const string OpenIdConnect = "portal-oidc";
}
