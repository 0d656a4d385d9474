using System.Net;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The identity service as clients meet it: through the gateway, whose address is the issuer;
/// its tokens accepted by the gateway and the services through discovery, and only those.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public sealed class IdentityThroughGatewayTests(PlatformFixture platform)
{
    private const string MobileClient = "piedmont-mobile";
    private const string MobileRedirect = "it.piemonte.innovazione:/oauth2redirect";

    /// <summary>Endpoints only a regional officer may call, one per domain service.</summary>
    private static readonly string[] OfficerOnly =
    [
        "/api/registry/clusters/CLEVER/memberships",
        $"/api/funding/applicants/{SeedIds.For("organisation", "PROPLAST")}",
        "/api/identity/audit",
    ];

    [Fact]
    public async Task Officer_signs_in_through_the_gateway_and_every_service_accepts_the_token_until_it_is_revoked()
    {
        var officer = Person(Roles.RegionalOfficer);
        using var browser = new Browser(new Uri(platform.Issuer));

        var code = await browser.AuthorizeAsync(MobileClient, MobileRedirect, "openid profile offline_access api", officer);
        var tokens = await browser.ExchangeCodeAsync(MobileClient, MobileRedirect, code);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(platform.Issuer, new JsonWebToken(tokens.AccessToken).Issuer);

        foreach (var path in OfficerOnly)
        {
            using var response = await platform.CreateClient().WithRawToken(tokens.AccessToken).GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
                $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // A 404 from the service itself (the applicant may not be replicated yet), not from routing.
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        var refreshed = await browser.RefreshAsync(MobileClient, tokens.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        using (var again = await platform.CreateClient().WithRawToken(refreshed.AccessToken).GetAsync(OfficerOnly[0]))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, await browser.RevokeAsync(MobileClient, refreshed.RefreshToken));
        var afterRevoke = await browser.RefreshAsync(MobileClient, refreshed.RefreshToken);
        Assert.Equal("invalid_grant", afterRevoke.Error);
    }

    [Fact]
    public async Task The_services_read_the_persons_role_from_the_token_a_ceip_officer_is_not_a_regional_officer()
    {
        using var browser = new Browser(new Uri(platform.Issuer));
        var code = await browser.AuthorizeAsync(MobileClient, MobileRedirect, "openid api", Person(Roles.CeipOfficer));
        var tokens = await browser.ExchangeCodeAsync(MobileClient, MobileRedirect, code);

        using var forbidden = await platform.CreateClient().WithRawToken(tokens.AccessToken).GetAsync(OfficerOnly[0]);
        var problem = await forbidden.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Partner_system_token_from_client_credentials_is_accepted_through_the_gateway()
    {
        using var browser = new Browser(new Uri(platform.Issuer));
        var answer = await browser.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = PlatformFixture.PartnerClientId, ["client_secret"] = PlatformFixture.PartnerSecret,
            ["scope"] = "api events:registry",
        });
        Assert.Equal(HttpStatusCode.OK, answer.Status);

        // Authenticated, not an officer: the service answers 403 (a refused token would be the gateway's 401).
        using var response = await platform.CreateClient().WithRawToken(answer.AccessToken).GetAsync(OfficerOnly[0]);
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    public static TheoryData<string> Refused => new() { "expired", "wrong-audience", "forged", "another-issuer", "none-algorithm" };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_token_that_is_expired_for_another_audience_forged_or_from_another_issuer_is_refused_at_the_gateway(string kind)
    {
        var token = kind switch
        {
            // Signed with the identity service's own key: only the expiry refuses it.
            "expired" => Sign(platform.SigningKey, platform.Issuer, DevelopmentTokens.Audience, DateTime.UtcNow.AddHours(-2)),
            // Signed with its key, for another API.
            "wrong-audience" => Sign(platform.SigningKey, platform.Issuer, "another-api", DateTime.UtcNow),
            // The right issuer and key id, an attacker's key.
            "forged" => Sign(System.Security.Cryptography.RSA.Create(2048), platform.Issuer, DevelopmentTokens.Audience, DateTime.UtcNow),
            "another-issuer" => Sign(platform.SigningKey, "https://identity.elsewhere.example/", DevelopmentTokens.Audience, DateTime.UtcNow),
            _ => Unsigned(platform.Issuer),
        };

        using var atGateway = await platform.CreateClient().WithRawToken(token).GetAsync(OfficerOnly[0]);
        await atGateway.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static TestPerson Person(string role)
    {
        var (email, password, _) = PlatformFixture.People.Single(p => p.Role == role);
        return new TestPerson(SeedIds.ForPerson(email), email, password);
    }

    private static string Sign(System.Security.Cryptography.RSA key, string issuer, string audience, DateTime issuedAt) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(PlatformClaims.Subject, "intruder"), new Claim(PlatformClaims.Role, Roles.RegionalOfficer)]),
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "signing-20261125T000000" }, SecurityAlgorithms.RsaSha256),
        });

    private static string Unsigned(string issuer) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(PlatformClaims.Subject, "intruder"), new Claim(PlatformClaims.Role, Roles.RegionalOfficer)]),
            Issuer = issuer,
            Audience = DevelopmentTokens.Audience,
            Expires = DateTime.UtcNow.AddMinutes(10),
        });
}
