using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// What the gateway answers at the edge, over a real Kestrel (its limits are what is under test):
/// the cluster registry is a fake that reads every body and answers without security headers,
/// every other service is on a port nobody listens on.
/// </summary>
public partial class EdgeAnswersTests(EdgeAnswersTests.KestrelGateway gateway) : IClassFixture<EdgeAnswersTests.KestrelGateway>
{
    [Fact]
    public async Task ChunkedBodyAboveTheLimitIsPayloadTooLargeProblem()
    {
        using var content = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/organisations") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await gateway.Client.SendAsync(request);

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("urn:piedmont:problem:request-body-too-large", problem.GetProperty("type").GetString());
        Assert.Equal("Request body too large", problem.GetProperty("title").GetString());
        Assert.Contains("1048576 bytes", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TenThousandCharacterUrlIsUriTooLongProblem()
    {
        var response = await gateway.Client.GetAsync("/api/registry/organisations?namePrefix=" + new string('a', 10_000));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestUriTooLong);
        Assert.Equal("urn:piedmont:problem:uri-too-long", problem.GetProperty("type").GetString());
        Assert.Equal("URL too long", problem.GetProperty("title").GetString());
        Assert.Contains("the limit is 8192", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("instance").GetString()!.Length < 200, "the problem does not echo the whole URL");
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task UnreachableServiceIsBadGatewayProblemNamingTheService()
    {
        var response = await gateway.Client.GetAsync($"/api/funding/calls/{Guid.NewGuid()}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadGateway);
        Assert.Equal("urn:piedmont:problem:service-unreachable", problem.GetProperty("type").GetString());
        Assert.Equal("Service unreachable", problem.GetProperty("title").GetString());
        Assert.Contains("funding-calls", problem.GetProperty("detail").GetString());
        Assert.Equal(ResourceNames.FundingCalls, problem.GetProperty("service").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ProxiedAnswerWithoutSecurityHeadersGetsThemAtTheEdge()
    {
        var response = await gateway.Client.GetAsync("/api/registry/organisations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ApiReferencePageHasAPagePolicyWhoseNonceIsOnEveryScript()
    {
        var response = await gateway.Client.GetAsync("/api-reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var nonce = NonceSource().Match(policy).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        var page = await response.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(page);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.Contains($"nonce=\"{nonce}\"", script.Value));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    /// <summary>The gateway on Kestrel with its default body limit (1 MiB), before a fake registry.</summary>
    public sealed class KestrelGateway : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private readonly int _port = LoopbackPorts.FindFree();
        private WebApplication _registry = null!;

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _registry = FakeRegistry();
            await _registry.StartAsync();
            UseKestrel(_port);
            StartServer();
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}") };
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var closedPort = LoopbackPorts.FindFree();
            builder.UseEnvironment("Development");
            foreach (var service in ResourceNames.Services)
            {
                builder.UseSetting($"services:{service.Name}:http:0", service.Name == ResourceNames.ClusterRegistry
                    ? _registry.Urls.Single()
                    : $"http://127.0.0.1:{closedPort}");
            }
        }

        /// <summary>Reads whole bodies (so the gateway's own limit is what cuts them) and sends no security headers.</summary>
        private static WebApplication FakeRegistry()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{LoopbackPorts.FindFree()}");
            var app = builder.Build();
            app.MapPost("/api/registry/{**rest}", async (HttpRequest request) =>
            {
                await request.Body.CopyToAsync(Stream.Null);
                return Results.Ok(new { received = true });
            });
            app.MapGet("/api/registry/{**rest}", () => Results.Ok(new { items = Array.Empty<object>() }));
            return app;
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            Client.Dispose();
            await base.DisposeAsync();
            await _registry.DisposeAsync();
        }
    }
}
