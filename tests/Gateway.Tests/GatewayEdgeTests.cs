using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The gateway's own behaviour, with every service address pointing at a closed port: whatever
/// the gateway answers here, it answered itself.
/// </summary>
public class GatewayEdgeTests(GatewayEdgeTests.EdgeGateway gateway) : IClassFixture<GatewayEdgeTests.EdgeGateway>
{
    private const string AllowedOrigin = "https://app.piedmont.example";

    [Fact]
    public async Task UnreachableServiceIsBadGatewayProblem()
    {
        var response = await gateway.CreateClient().GetAsync($"/api/registry/organisations/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task TokenSignedWithAnotherKeyIsRejectedAtTheEdge()
    {
        var forged = DevelopmentTokens.Create(Roles.RegionalOfficer, signingKey: "not-the-platform-key-but-long-enough-for-hs256");
        var response = await gateway.CreateClient().WithRawToken(forged).GetAsync($"/api/funding/applicants/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("invalid_token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExpiredTokenIsRejectedAtTheEdge()
    {
        var expired = DevelopmentTokens.Create(Roles.RegionalOfficer, lifetime: TimeSpan.FromMinutes(5), now: DateTime.UtcNow.AddHours(-2));
        var response = await gateway.CreateClient().WithRawToken(expired).GetAsync($"/api/funding/applicants/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeclaredBodyAboveTheLimitIsPayloadTooLargeProblem()
    {
        using var content = new ByteArrayContent(new byte[2048]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await gateway.CreateClient().WithToken(Roles.RegionalOfficer).PostAsync("/api/registry/organisations", content);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("urn:piedmont:problem:request-body-too-large", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ClientOverItsRateIsTooManyRequestsWithRetryAfter()
    {
        await using var limitedGateway = new EdgeGateway(burst: 3);
        var client = limitedGateway.CreateClient().WithToken(Roles.Operator);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        // The bucket refills at one request a second: on a busy machine a request or two more may
        // pass before the limit bites, so the test asks until it does and checks the burst passed.
        for (var i = 0; i < 50 && limited is null; i++)
        {
            var response = await client.GetAsync($"/api/accelerator/candidates/{Guid.NewGuid()}");
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        var problem = await limited.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("urn:piedmont:problem:rate-limited", problem.GetProperty("type").GetString());
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After must say when to come back");
    }

    [Fact]
    public async Task PreflightFromConfiguredOriginIsAllowedAndOthersAreNot()
    {
        var allowed = await gateway.CreateClient().SendAsync(Preflight(AllowedOrigin));
        var other = await gateway.CreateClient().SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal(AllowedOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task CorrelationIdSentByTheClientComesBack()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/organisations/{Guid.NewGuid()}");
        request.Headers.Add("X-Correlation-Id", "mobile-7f3a");

        var response = await gateway.CreateClient().SendAsync(request);

        Assert.Equal("mobile-7f3a", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadGateway);
        Assert.Equal("mobile-7f3a", problem.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task ServicesHealthReportsEachUnreachableService()
    {
        var response = await gateway.CreateClient().GetAsync("/health/services");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.ReadOkAsync<System.Text.Json.JsonElement>(HttpStatusCode.ServiceUnavailable);
        var services = body.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal(ResourceNames.Services.Select(s => s.Name).Order(), services.Keys.Order());
        Assert.All(services.Values, status => Assert.Equal("Unreachable", status));
    }

    [Fact]
    public async Task HstsIsSentOnHttpsAnswersOutsideDevelopmentOnly()
    {
        await using var production = new EdgeGateway(environment: "Production");
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.piedmont.example") };

        var inProduction = await production.CreateClient(https).GetAsync("/alive");
        var inDevelopment = await gateway.CreateClient(https).GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, inProduction.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(inProduction.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"));
        EdgeAnswersTests.AssertSecurityHeaders(inProduction);
    }

    [Fact]
    public async Task OutsideDevelopmentADevelopmentTokenIsRefused()
    {
        await using var production = new EdgeGateway(environment: "Production");
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://api.piedmont.example") };

        var response = await production.CreateClient(https).WithToken(Roles.RegionalOfficer).GetAsync($"/api/funding/applicants/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Authentication:Jwt:SigningKey", "a-shared-hmac-key-someone-configured-long-enough", "SigningKey")]
    [InlineData("Authentication:Jwt:Authority", "", "Authority")]
    [InlineData("Authentication:Jwt:Authority", "http://127.0.0.1:1/", "HTTPS")]
    public void OutsideDevelopmentAnHmacKeyOrAMissingOrPlainHttpProviderStopsTheStart(string key, string value, string named)
    {
        using var production = new EdgeGateway(environment: "Production", settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<InvalidOperationException>(() => production.CreateClient());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayRefusalsCarryTheSecurityHeaders()
    {
        var response = await gateway.CreateClient().WithRawToken("not-a-token").GetAsync("/api/registry/organisations");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        EdgeAnswersTests.AssertSecurityHeaders(response);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/registry/organisations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    /// <summary>The gateway in process, its services on a port nobody listens on, with small limits to test against.</summary>
    public sealed class EdgeGateway : WebApplicationFactory<Program>
    {
        private readonly int _burst = 1000;
        private readonly string _environment = "Development";
        private readonly IReadOnlyDictionary<string, string?> _settings = new Dictionary<string, string?>();

        public EdgeGateway()
        {
        }

        internal EdgeGateway(int burst = 1000, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) =>
            (_burst, _environment, _settings) = (burst, environment, settings ?? new Dictionary<string, string?>());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var closedPort = LoopbackPorts.FindFree();
            builder.UseEnvironment(_environment);
            // Outside Development only an identity provider's tokens are accepted: name one on a closed
            // loopback port (asked for its keys, it cannot answer, so no token is valid).
            builder.UseSetting("Authentication:Jwt:Authority", _environment == "Development" ? null : $"https://127.0.0.1:{closedPort}/");
            foreach (var service in ResourceNames.Services)
            {
                builder.UseSetting($"services:{service.Name}:http:0", $"http://127.0.0.1:{closedPort}");
            }
            builder.UseSetting("Gateway:MaxRequestBodyBytes", "1024");
            builder.UseSetting("Gateway:AllowedOrigins:0", AllowedOrigin);
            builder.UseSetting("Gateway:RateLimit:BurstLimit", _burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Gateway:RateLimit:RequestsPerSecond", "1");
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
