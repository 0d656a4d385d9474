using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.Web.Security;

/// <summary>
/// Keeps a session's access token fresh with its refresh token (the provider's access tokens live
/// 10 minutes), at the identity service's token endpoint as the confidential client.
/// </summary>
public sealed class TokenRefresher(IOptionsMonitor<OpenIdConnectOptions> oidc, IHttpClientFactory http, TimeProvider clock, ILogger<TokenRefresher> logger)
{
    /// <summary>A token this close to expiry is refreshed before a page uses it.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);

    public bool IsDue(AuthenticationProperties properties) =>
        !DateTimeOffset.TryParse(properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires)
        || expires - clock.GetUtcNow() < Margin;

    /// <summary>
    /// Refreshes the tokens in <paramref name="properties"/> and returns the principal the new access
    /// token describes; null when the provider refused (revoked, expired, person locked): sign out.
    /// </summary>
    public async Task<System.Security.Claims.ClaimsPrincipal?> RefreshAsync(AuthenticationProperties properties, CancellationToken cancellationToken)
    {
        var refreshToken = properties.GetTokenValue("refresh_token");
        if (string.IsNullOrEmpty(refreshToken))
        {
            return null;
        }
        var options = oidc.Get(PortalSchemes.OpenIdConnect);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
                ["client_secret"] = options.ClientSecret!,
            }),
        };
        using var response = await http.CreateClient(nameof(TokenRefresher)).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refresh refused by the provider ({Status}): the session ends.", (int)response.StatusCode);
            return null;
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = json.RootElement;
        var accessToken = root.GetProperty("access_token").GetString()!;
        var expiresIn = root.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 600;
        var tokens = new List<AuthenticationToken>
        {
            new() { Name = "access_token", Value = accessToken },
            new() { Name = "refresh_token", Value = root.TryGetProperty("refresh_token", out var rotated) ? rotated.GetString()! : refreshToken },
            new() { Name = "token_type", Value = "Bearer" },
            new() { Name = "expires_at", Value = clock.GetUtcNow().AddSeconds(expiresIn).ToString("o", CultureInfo.InvariantCulture) },
        };
        // The id token stays the one of the sign-in: the provider's logout asks for it as a hint.
        if (properties.GetTokenValue("id_token") is { } idToken)
        {
            tokens.Add(new() { Name = "id_token", Value = idToken });
        }
        properties.StoreTokens(tokens);
        return PortalClaims.FromAccessToken(accessToken);
    }
}
