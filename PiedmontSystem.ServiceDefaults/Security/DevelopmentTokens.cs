using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PiedmontSystem.ServiceDefaults.Security;

/// <summary>
/// Mints tokens signed with the development key, for local runs and tests. The key is public on
/// purpose (it is in the README); a process not running in Development refuses it.
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "piedmont-development";
    public const string Audience = "piedmont-platform";
    public const string SigningKey = "piedmont-development-signing-key-do-not-use-in-production";

    /// <summary>Creates a signed token for a user with the given role and, where it applies, organisation and cluster.</summary>
    public static string Create(
        string role,
        string? organisationId = null,
        string? clusterCode = null,
        string? subject = null,
        TimeSpan? lifetime = null,
        string signingKey = SigningKey,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? now = null,
        IEnumerable<string>? scopes = null)
    {
        var issuedAt = now ?? DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, subject ?? $"dev-{role}-{Guid.NewGuid():N}"[..24]),
            new(PlatformClaims.Name, subject ?? $"Development {role}"),
            new(PlatformClaims.Role, role),
        };
        if (organisationId is not null)
        {
            claims.Add(new Claim(PlatformClaims.Organisation, organisationId));
        }
        if (clusterCode is not null)
        {
            claims.Add(new Claim(PlatformClaims.Cluster, clusterCode));
        }
        if (scopes?.ToList() is { Count: > 0 } granted)
        {
            claims.Add(new Claim(PlatformClaims.Scope, string.Join(' ', granted)));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt.AddMinutes(-1),
            Expires = issuedAt.Add(lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(KeyFrom(signingKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>
    /// Whether an <c>Authorization</c> header carries a token that names the development issuer
    /// (read without validating it: it only chooses which validation applies).
    /// </summary>
    public static bool IsDevelopmentToken(string authorizationHeader)
    {
        const string bearer = "Bearer ";
        if (!authorizationHeader.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var handler = new JsonWebTokenHandler();
        var token = authorizationHeader[bearer.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return false;
        }
        try
        {
            return handler.ReadJsonWebToken(token).Issuer == Issuer;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static SymmetricSecurityKey KeyFrom(string key) => new(Encoding.UTF8.GetBytes(key));
}
