using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Web.Security;

/// <summary>
/// Who the signed-in person is, for the portal's pages: the claims of the access token the
/// services will see (role, org, cluster), so a page offers what the API will allow. The token
/// came straight from the provider's token endpoint over the back channel; the services validate
/// it on every call, the portal only reads it. Rebuilt at every refresh (a role granted, an
/// organisation registered, shows within one token's life).
/// </summary>
public static class PortalClaims
{
    private static readonly HashSet<string> Kept =
    [
        PlatformClaims.Subject, PlatformClaims.Name, "email", PlatformClaims.Role, PlatformClaims.Organisation, PlatformClaims.Cluster,
    ];

    public static ClaimsPrincipal FromAccessToken(string accessToken)
    {
        var token = new JsonWebTokenHandler().ReadJsonWebToken(accessToken);
        var claims = token.Claims.Where(c => Kept.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, PortalSchemes.Cookie, PlatformClaims.Name, PlatformClaims.Role));
    }
}
