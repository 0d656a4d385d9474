namespace PiedmontSystem.Identity.Extensions;

/// <summary>The identity service's settings (section <c>Identity</c>).</summary>
public sealed class IdentityServiceOptions
{
    public const string Section = "Identity";

    /// <summary>The public address tokens name as their issuer: the gateway's, e.g. <c>https://piedmont.example/</c>.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>Access tokens live minutes: a revoked role or a locked person stops working soon.</summary>
    public int AccessTokenMinutes { get; set; } = 10;

    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>
    /// A spent refresh token still works this long (a client that lost the answer retries); after
    /// it, reusing one is refused and revokes the chain.
    /// </summary>
    public int RefreshTokenReuseLeewaySeconds { get; set; } = 30;

    /// <summary>
    /// PBKDF2 (HMAC-SHA512) rounds of a password hash: ASP.NET Core Identity's 100,000, and never
    /// fewer outside Development. The test suites lower it, where thousands of hashes would
    /// otherwise cost minutes of CPU.
    /// </summary>
    public int PasswordHashIterations { get; set; } = MinimumPasswordHashIterations;

    public const int MinimumPasswordHashIterations = 100_000;

    public ClientSettings Clients { get; set; } = new();

    public sealed class ClientSettings
    {
        /// <summary>The web portal: authorization code + PKCE, confidential. Registered when it has a secret.</summary>
        public WebClient Web { get; set; } = new();

        /// <summary>Mobile apps: authorization code + PKCE, public, rotating refresh tokens.</summary>
        public RedirectingClient Mobile { get; set; } = new() { RedirectUris = ["it.piemonte.innovazione:/oauth2redirect"] };

        /// <summary>Development only: a partner system for trying the client-credentials flow. Registered when it has a secret.</summary>
        public string? DevelopmentPartnerSecret { get; set; }
    }

    public class RedirectingClient
    {
        public string[] RedirectUris { get; set; } = [];

        public string[] PostLogoutRedirectUris { get; set; } = [];
    }

    public sealed class WebClient : RedirectingClient
    {
        public string? Secret { get; set; }
    }
}
