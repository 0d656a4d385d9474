using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests;

/// <summary>Authorization code + PKCE, driven like a client: sign in, code, token, refresh, revoke.</summary>
public sealed class AuthorizationCodeFlowTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private const string Scopes = "openid profile email offline_access api";

    [Fact]
    public async Task Mobile_app_gets_tokens_with_the_persons_claims_refreshes_them_and_the_old_refresh_token_is_refused()
    {
        var organisation = Guid.NewGuid();
        var person = await identity.CreatePersonAsync(shape: p => p.OrganisationId = organisation);
        using var browser = identity.Browser();

        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, Scopes, person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var access = new JsonWebToken(tokens.AccessToken);
        Assert.Equal("RS256", access.Alg);
        Assert.Equal(identity.Issuer.ToString(), access.Issuer);
        Assert.Equal([DevelopmentTokens.Audience], access.Audiences);
        Assert.Equal(person.Id.ToString(), access.Subject);
        Assert.Equal(Roles.OrganisationUser, access.GetClaim(PlatformClaims.Role).Value);
        Assert.Equal(organisation.ToString(), access.GetClaim(PlatformClaims.Organisation).Value);
        Assert.InRange(access.ValidTo - access.IssuedAt, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15));
        Assert.True(tokens.Json.TryGetProperty("id_token", out _));

        var refreshed = await browser.RefreshAsync("piedmont-mobile", tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.NotEqual(tokens.RefreshToken, refreshed.RefreshToken);

        // Rotation: the first refresh token was spent; using it again is refused.
        var replayed = await browser.RefreshAsync("piedmont-mobile", tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.Status);
        Assert.Equal("invalid_grant", replayed.Error);
    }

    [Fact]
    public async Task Web_portal_is_confidential_its_secret_is_required_at_the_token_endpoint()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-web", IdentityFixture.WebRedirectUri, Scopes, person);

        var withoutSecret = await browser.ExchangeCodeAsync("piedmont-web", IdentityFixture.WebRedirectUri, code);
        Assert.Equal("invalid_client", withoutSecret.Error);

        var code2 = await browser.AuthorizeAsync("piedmont-web", IdentityFixture.WebRedirectUri, Scopes, person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-web", IdentityFixture.WebRedirectUri, code2, IdentityFixture.WebClientSecret);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(person.Id.ToString(), new JsonWebToken(tokens.AccessToken).Subject);
    }

    [Fact]
    public async Task A_code_is_refused_without_the_verifier_that_matches_its_challenge()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, Scopes, person);

        var stolen = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code with { Verifier = Pkce.Create().Verifier });

        Assert.Equal(HttpStatusCode.BadRequest, stolen.Status);
        Assert.Equal("invalid_grant", stolen.Error);
    }

    [Fact]
    public async Task A_revoked_refresh_token_gets_no_new_tokens()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, Scopes, person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code);

        Assert.Equal(HttpStatusCode.OK, await browser.RevokeAsync("piedmont-mobile", tokens.RefreshToken));

        var refreshed = await browser.RefreshAsync("piedmont-mobile", tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refreshed.Status);
        Assert.Equal("invalid_grant", refreshed.Error);
    }

    [Fact]
    public async Task A_redirect_uri_that_is_not_registered_exactly_is_refused_and_no_code_leaves()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        using var signedIn = await browser.SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        foreach (var redirect in new[] { IdentityFixture.MobileRedirectUri + "/evil", "https://attacker.example/callback", IdentityFixture.WebRedirectUri.ToUpperInvariant() })
        {
            var pkce = Pkce.Create();
            using var response = await browser.GetAsync(
                $"/connect/authorize?client_id=piedmont-mobile&response_type=code&scope=openid&code_challenge={pkce.Challenge}&code_challenge_method=S256&redirect_uri={Uri.EscapeDataString(redirect)}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains("redirect_uri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_implicit_flow_no_password_grant_and_no_code_without_pkce()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();

        var password = await browser.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "piedmont-mobile", ["username"] = person.Email, ["password"] = person.Password,
        });
        Assert.Equal("unsupported_grant_type", password.Error);

        using var implicitFlow = await browser.GetAsync(
            $"/connect/authorize?client_id=piedmont-mobile&response_type=token&scope=openid&redirect_uri={Uri.EscapeDataString(IdentityFixture.MobileRedirectUri)}&nonce=n");
        Assert.True(implicitFlow.StatusCode is HttpStatusCode.BadRequest || implicitFlow.Headers.Location?.ToString().Contains("error=unsupported_response_type", StringComparison.Ordinal) == true,
            $"implicit flow answered {(int)implicitFlow.StatusCode} {implicitFlow.Headers.Location}");

        using var signedIn = await browser.SignInAsync(person.Email, person.Password);
        using var noPkce = await browser.GetAsync(
            $"/connect/authorize?client_id=piedmont-mobile&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(IdentityFixture.MobileRedirectUri)}");
        Assert.Equal(HttpStatusCode.BadRequest, noPkce.StatusCode);
        Assert.Null(noPkce.Headers.Location);
        Assert.Contains("code_challenge", await noPkce.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_at_the_end_session_endpoint_ends_the_sign_in_so_the_next_authorization_asks_again()
    {
        var person = await identity.CreatePersonAsync();
        using var browser = identity.Browser();
        await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, Scopes, person);

        using var logout = await browser.GetAsync("/connect/logout");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.EndsWith("/account/signed-out", logout.Headers.Location?.ToString(), StringComparison.Ordinal);

        using var account = await browser.GetAsync("/account/signed-in");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Contains("/account/signin", account.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_publishes_the_issuer_endpoints_and_only_asymmetric_keys()
    {
        using var client = identity.Client();
        var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Equal(identity.Issuer.ToString(), discovery.GetProperty("issuer").GetString());
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"],
            discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()!).Order().ToArray());
        Assert.Equal(["code"], discovery.GetProperty("response_types_supported").EnumerateArray().Select(g => g.GetString()!).ToArray());

        var jwks = JsonDocument.Parse(await client.GetStringAsync(discovery.GetProperty("jwks_uri").GetString())).RootElement;
        var keys = jwks.GetProperty("keys").EnumerateArray().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.False(key.TryGetProperty("d", out _), "a private part was published");
        });
    }

    [Fact]
    public async Task Partner_system_gets_a_token_with_client_credentials_for_the_event_areas_it_was_given()
    {
        using var browser = identity.Browser();
        var answer = await browser.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = IdentityFixture.PartnerClientId, ["client_secret"] = IdentityFixture.PartnerSecret,
            ["scope"] = "api events:registry",
        });
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var token = new JsonWebToken(answer.AccessToken);
        Assert.Equal(IdentityFixture.PartnerClientId, token.Subject);
        Assert.Equal(Roles.PartnerSystem, token.GetClaim(PlatformClaims.Role).Value);
        Assert.Equal("api events:registry", token.GetClaim("scope").Value);
        Assert.False(answer.Json.TryGetProperty("refresh_token", out _));

        var wrongSecret = await browser.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = IdentityFixture.PartnerClientId, ["client_secret"] = "guess", ["scope"] = "api",
        });
        Assert.Equal("invalid_client", wrongSecret.Error);

        // The mobile app is a person's client: it has no client-credentials grant.
        var mobile = await browser.TokenAsync(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "piedmont-mobile", ["scope"] = "api" });
        Assert.NotEqual(HttpStatusCode.OK, mobile.Status);
    }

    [Fact]
    public async Task The_services_accept_the_access_token_the_identity_service_issued()
    {
        // The identity service validates bearer tokens for its own API as every service does: through discovery.
        var person = await identity.CreatePersonAsync(shape: p => p.StaffRoles.Add(new Domain.StaffRoleGrant
        {
            Role = Roles.RegionalOfficer, GrantedAt = DateTimeOffset.UtcNow, GrantedBy = "test",
        }));
        using var browser = identity.Browser();
        var code = await browser.AuthorizeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, Scopes, person);
        var tokens = await browser.ExchangeCodeAsync("piedmont-mobile", IdentityFixture.MobileRedirectUri, code);

        using var client = identity.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var audit = await client.GetAsync("/api/identity/audit");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
    }
}
