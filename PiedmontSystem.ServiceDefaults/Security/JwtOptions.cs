namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>
/// Token validation settings, bound from <c>Authentication:Jwt</c>. Set <see cref="Authority"/>
/// for a real identity provider (keys from its OpenID metadata), or <see cref="SigningKey"/> for
/// a shared HMAC key. In Development, with neither set, the documented
/// <see cref="DevelopmentTokens.SigningKey"/> is used.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";

    public string Issuer { get; set; } = DevelopmentTokens.Issuer;
    public string Audience { get; set; } = DevelopmentTokens.Audience;
    public string? Authority { get; set; }
    public string? SigningKey { get; set; }
}
