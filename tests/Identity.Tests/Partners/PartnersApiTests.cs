using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using PiedmontSystem.Identity.Apis.Partners;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Identity.Tests.Partners;

/// <summary>Operators and regional officers register partner systems, which get tokens with client credentials for their event areas only.</summary>
public sealed class PartnersApiTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    private readonly IdentityApi _api = new(identity);

    [Fact]
    public async Task ARegisteredPartnerGetsAClientCredentialsTokenWithExactlyTheScopesItAskedOfItsAreas()
    {
        var partner = await RegisterAsync(_api.As(Roles.Operator), "registry", "funding");
        using var browser = identity.Browser();

        var answer = await TokenAsync(browser, partner.ClientId, partner.ClientSecret, "api events:registry events:funding");

        Assert.Equal(["events:funding", "events:registry"], partner.Scopes);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var token = new JsonWebToken(answer.AccessToken);
        Assert.Equal(partner.ClientId, token.Subject);
        Assert.Equal(Roles.PartnerSystem, token.GetClaim(PlatformClaims.Role).Value);
        Assert.Equal("api events:registry events:funding", token.GetClaim("scope").Value);
        Assert.Equal("partner-system.registered", Assert.Single(await _api.AuditOfAsync("partner-system", partner.ClientId)).Action);
    }

    [Fact]
    public async Task AScopeOutsideThePartnersAreasIsRefused()
    {
        var partner = await RegisterAsync(_api.Officer(), "internationalisation");
        using var browser = identity.Browser();

        var answer = await TokenAsync(browser, partner.ClientId, partner.ClientSecret, "events:internationalisation events:funding");

        // OpenIddict refuses a scope the client holds no permission for as an invalid request about the scope.
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("invalid_request", answer.Error);
        Assert.Contains("scope", answer.Json.GetProperty("error_description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(answer.Json.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task AfterRotationTheOldSecretIsAnInvalidClientAndTheNewOneWorks()
    {
        var partner = await RegisterAsync(_api.As(Roles.Operator), "accelerator");
        using var browser = identity.Browser();

        var rotated = await (await _api.Officer().PostAsync($"/api/identity/partners/{partner.ClientId}/secret", null)).ReadOkAsync<PartnerCredentialsResponse>();

        Assert.NotEqual(partner.ClientSecret, rotated.ClientSecret);
        Assert.Equal("invalid_client", (await TokenAsync(browser, partner.ClientId, partner.ClientSecret, "events:accelerator")).Error);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(browser, partner.ClientId, rotated.ClientSecret, "events:accelerator")).Status);
        Assert.Equal(["partner-system.registered", "partner-system.secret-rotated"], (await _api.AuditOfAsync("partner-system", partner.ClientId)).Select(a => a.Action));
    }

    [Fact]
    public async Task ARemovedPartnerGetsNoTokenAndLeavesTheList()
    {
        var partner = await RegisterAsync(_api.As(Roles.Operator), "identity");
        using var browser = identity.Browser();

        using var removed = await _api.As(Roles.Operator).DeleteAsync($"/api/identity/partners/{partner.ClientId}");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal("invalid_client", (await TokenAsync(browser, partner.ClientId, partner.ClientSecret, "events:identity")).Error);
        await (await _api.Officer().GetAsync($"/api/identity/partners/{partner.ClientId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await _api.Officer().GetAsync("/api/identity/partners?limit=200")).ReadOkAsync<Page<PartnerResponse>>();
        Assert.DoesNotContain(listed.Items, p => p.ClientId == partner.ClientId);
    }

    [Fact]
    public async Task TheListShowsPartnersNewestFirstWithoutSecrets()
    {
        var first = await RegisterAsync(_api.As(Roles.Operator), "registry");
        var second = await RegisterAsync(_api.As(Roles.Operator), "funding");

        using var response = await _api.Officer().GetAsync("/api/identity/partners?limit=200");
        var body = await response.Content.ReadAsStringAsync();
        var listed = await response.ReadOkAsync<Page<PartnerResponse>>();

        var order = listed.Items.Select(p => p.ClientId).ToList();
        Assert.True(order.IndexOf(second.ClientId) < order.IndexOf(first.ClientId) && order.IndexOf(first.ClientId) >= 0);
        Assert.DoesNotContain(first.ClientSecret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret\"", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[\"registry\", \"payroll\"]", "eventAreas[1]")]
    [InlineData("[]", "eventAreas")]
    [InlineData("[\"Registry\"]", "eventAreas[0]")]
    public async Task UnknownOrMissingEventAreasAreAValidationProblemNamingTheItem(string areas, string field)
    {
        var before = await _api.ChangeCountsAsync();
        using var content = new StringContent($"{{\"name\": \"CRM\", \"eventAreas\": {areas}}}", System.Text.Encoding.UTF8, "application/json");

        var response = await _api.As(Roles.Operator).PostAsync("/api/identity/partners", content);

        Assert.Equal([field], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    [Theory]
    [InlineData("piedmont-web")]
    [InlineData("piedmont-mobile")]
    [InlineData(IdentityFixture.PartnerClientId)]
    public async Task ThePlatformsOwnClientsAreNotPartnersAndCannotBeRotatedOrRemovedHere(string clientId)
    {
        var rotate = await _api.As(Roles.Operator).PostAsync($"/api/identity/partners/{clientId}/secret", null);
        var remove = await _api.As(Roles.Operator).DeleteAsync($"/api/identity/partners/{clientId}");

        await rotate.ReadProblemAsync(HttpStatusCode.NotFound);
        await remove.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<PartnerCredentialsResponse> RegisterAsync(HttpClient registrar, params string[] eventAreas)
    {
        var response = await registrar.PostAsJsonAsync("/api/identity/partners", new { name = "CRM " + Guid.NewGuid().ToString("N")[..6], eventAreas });
        var partner = await response.ReadOkAsync<PartnerCredentialsResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/identity/partners/{partner.ClientId}", response.Headers.Location?.OriginalString);
        return partner;
    }

    private static Task<TokenAnswer> TokenAsync(Browser browser, string clientId, string secret, string scope) =>
        browser.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        });
}
