using System.Net;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>One API reference at the gateway, with every service's document under its gateway paths.</summary>
[Collection(PlatformTestGroup.Name)]
public class ApiReferenceTests(PlatformFixture platform)
{
    [Fact]
    public async Task EveryServiceDocumentIsServedByTheGatewayWithTheGatewayAsItsServer()
    {
        var client = platform.CreateClient();
        foreach (var service in ResourceNames.Services)
        {
            var document = await (await client.GetAsync($"/openapi/{service.Name}.json")).ReadOkAsync<JsonElement>();

            Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
            var server = document.GetProperty("servers")[0].GetProperty("url").GetString();
            Assert.Equal($"http://127.0.0.1:{platform.GatewayPort}/", server!.TrimEnd('/') + "/");
            var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
            Assert.NotEmpty(paths);
            // The prefix itself is a path too (the portal's feed is GET /api/opportunities).
            Assert.All(paths, path => Assert.True(path == service.PathPrefix || path.StartsWith(service.PathPrefix + "/", StringComparison.Ordinal), path));
        }
    }

    [Fact]
    public async Task TheReferencePageListsEveryServiceDocumentAndLoadsNothingFromTheInternet()
    {
        var client = platform.CreateClient();
        var response = await client.GetAsync("/api-reference/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        // Relative to the application's base path: the page's script resolves them to /openapi/….
        Assert.All(ResourceNames.Services, service => Assert.Contains($"\"openapi/{service.Name}.json\"", page));
        Assert.DoesNotContain("https://", page);
        var script = await client.GetAsync("/api-reference/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000, "the Scalar bundle ships with the gateway");
    }
}
