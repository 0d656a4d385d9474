namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>
/// Token validation settings, bound from <c>Authentication:Jwt</c>. <see cref="Authority"/> names
/// the OpenID Connect provider (the platform's identity service, or any the region runs instead):
/// its signing keys and issuer come from its discovery document. It is required, and must be
/// HTTPS, outside Development. In Development, tokens signed with the documented
/// <see cref="DevelopmentTokens.SigningKey"/> (issuer <see cref="DevelopmentTokens.Issuer"/>) are
/// accepted besides, for <c>./piedmont token</c> and the tests.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";

    /// <summary>The tokens' audience: the platform's API, one resource for every service.</summary>
    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>The provider's issuer, e.g. <c>https://piedmont.example/</c>; discovery at <c>{Authority}.well-known/openid-configuration</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>Where to read the discovery document when not at the issuer's address (e.g. inside the cluster).</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>A shared HMAC key for development tokens, instead of the documented one. Refused outside Development.</summary>
    public string? SigningKey { get; set; }
}
