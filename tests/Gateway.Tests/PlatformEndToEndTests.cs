using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>Requests through the gateway to the four services running as processes.</summary>
[Collection(PlatformTestGroup.Name)]
public class PlatformEndToEndTests(PlatformFixture platform)
{
    public static TheoryData<string, string> ProtectedEndpoints => new()
    {
        { "POST", "/api/registry/organisations" },
        { "GET", $"/api/funding/applicants/{Guid.NewGuid()}" },
        { "GET", $"/api/accelerator/candidates/{Guid.NewGuid()}" },
        { "GET", $"/api/internationalisation/clients/{Guid.NewGuid()}" },
    };

    public static TheoryData<string, string> Views => new()
    {
        { "/api/funding/applicants", Roles.RegionalOfficer },
        { "/api/accelerator/candidates", Roles.AcceleratorManager },
        { "/api/internationalisation/clients", Roles.CeipOfficer },
    };

    [Fact]
    public async Task ValidTokenReachesEveryServiceAndTheRegistrationReachesEveryView()
    {
        var registrant = platform.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        var legalName = "End To End " + Guid.NewGuid().ToString("N")[..8];

        var registered = await registrant.PostAsJsonAsync("/api/registry/organisations", TestData.Organisation(legalName));

        var organisation = await registered.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var id = organisation.GetProperty("id").GetGuid();
        foreach (var (path, role) in Views.Select(v => ((string)v[0], (string)v[1])))
        {
            var reader = platform.CreateClient().WithToken(role);
            var response = await Eventually.Until(() => reader.GetAsync($"{path}/{id}"), r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(20), $"{path} to know the organisation");
            var view = await response.ReadOkAsync<JsonElement>();
            Assert.Equal(legalName, view.GetProperty("legalName").GetString());
        }
    }

    [Fact]
    public async Task NewUserBrowsesRegistersJoinsAClusterAndTheIndicatorsMove()
    {
        var visitor = platform.CreateClient();
        var italian = new HttpRequestMessage(HttpMethod.Get, "/api/registry/clusters?kind=regional-innovation-cluster");
        italian.Headers.Add("Accept-Language", "it");
        var clusters = await (await visitor.SendAsync(italian)).ReadOkAsync<JsonElement>();
        Assert.Equal(7, clusters.GetProperty("items").GetArrayLength());
        Assert.Contains(clusters.GetProperty("items").EnumerateArray(), c => c.GetProperty("name").GetString() == "BIOPMED – Scienze della vita");
        var before = await (await visitor.GetAsync("/api/registry/indicators")).ReadOkAsync<JsonElement>();

        var newUser = platform.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        var registered = await (await newUser.PostAsJsonAsync("/api/registry/organisations", TestData.Organisation())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var organisationId = registered.GetProperty("id").GetGuid();
        var member = platform.CreateClient().WithToken(Roles.OrganisationUser, organisationId);
        var membership = await (await member.PostAsJsonAsync($"/api/registry/organisations/{organisationId}/memberships", new { clusterCode = "BIOPMED" }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var manager = platform.CreateClient().WithToken(Roles.ClusterManager, clusterCode: "BIOPMED");
        var approved = await (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.GetProperty("id").GetGuid()}/approve", new { note = "welcome" }))
            .ReadOkAsync<JsonElement>();

        Assert.Equal("active", approved.GetProperty("status").GetString());
        var after = await (await visitor.GetAsync("/api/registry/indicators")).ReadOkAsync<JsonElement>();
        Assert.Equal(BiopmedMembers(before) + 1, BiopmedMembers(after));
        var profile = await (await visitor.GetAsync($"/api/registry/organisations/{organisationId}")).ReadOkAsync<JsonElement>();
        Assert.Equal("BIOPMED", Assert.Single(profile.GetProperty("clusters").EnumerateArray()).GetProperty("code").GetString());

        static int BiopmedMembers(JsonElement indicators) =>
            indicators.GetProperty("clusters").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "BIOPMED").GetProperty("members").GetInt32();
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task NoTokenIsUnauthorizedProblem(string method, string path)
    {
        var response = await platform.CreateClient().SendAsync(Request(method, path));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task ExpiredTokenIsUnauthorizedProblem(string method, string path)
    {
        var expired = DevelopmentTokens.Create(Roles.RegionalOfficer, lifetime: TimeSpan.FromMinutes(10), now: DateTime.UtcNow.AddHours(-1));

        var response = await platform.CreateClient().WithRawToken(expired).SendAsync(Request(method, path));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(ProtectedEndpoints))]
    public async Task TokenSignedWithAnotherKeyIsUnauthorizedProblem(string method, string path)
    {
        var forged = DevelopmentTokens.Create(Roles.RegionalOfficer, signingKey: "an-attacker-key-that-is-long-enough-for-hs256");

        var response = await platform.CreateClient().WithRawToken(forged).SendAsync(Request(method, path));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task WrongRoleIsForbiddenProblem(string path, string role)
    {
        var wrongRole = role == Roles.RegionalOfficer ? Roles.Evaluator : Roles.RegionalOfficer;

        var response = await platform.CreateClient().WithToken(wrongRole).GetAsync($"{path}/{Guid.NewGuid()}");

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("01")] // sampled by the caller
    [InlineData("00")] // not sampled: spans exist for propagation only, the trace id still travels
    public async Task TraceAndCorrelationIdsReachTheService(string traceFlags)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/organisations/{Guid.NewGuid()}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-{traceFlags}");
        request.Headers.Add("X-Correlation-Id", "e2e-correlation-1");

        var response = await platform.CreateClient().SendAsync(request);

        // The 404 is the registry's own answer: its problem body carries what reached it.
        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(traceId, problem.GetProperty("traceId").GetString(), StringComparison.Ordinal);
        Assert.Equal("e2e-correlation-1", problem.GetProperty("correlationId").GetString());
        Assert.Equal("e2e-correlation-1", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task ServicesHealthShowsEveryServiceHealthy()
    {
        var response = await platform.CreateClient().GetAsync("/health/services");

        var body = await response.ReadOkAsync<JsonElement>();
        var services = body.GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(ResourceNames.Services.Select(s => s.Name).Order(), services.Select(s => s.GetProperty("name").GetString()!).Order());
        Assert.All(services, s => Assert.Equal("Healthy", s.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task KilledServiceIsRestartedAndHealthShowsItsRestartAndLastExit()
    {
        var pid = platform.Processes.ProcessIdOf("cluster-registry")!.Value;

        using (var registry = Process.GetProcessById(pid))
        {
            registry.Kill(); // SIGKILL: a crash, not a shutdown
        }

        var client = platform.CreateClient();
        var registryHealth = await Eventually.Until(
            async () =>
            {
                using var response = await client.GetAsync("/health/services");
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                return body.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "cluster-registry");
            },
            s => s.GetProperty("status").GetString() == "Healthy" && s.GetProperty("process").GetProperty("restarts").GetInt32() == 1,
            TimeSpan.FromSeconds(90),
            "the registry to be restarted and healthy");
        var process = registryHealth.GetProperty("process");
        Assert.Equal("running", process.GetProperty("state").GetString());
        Assert.Equal(137, process.GetProperty("lastExitCode").GetInt32());
        Assert.NotEqual(pid, platform.Processes.ProcessIdOf("cluster-registry"));
        Assert.Contains(platform.Lines, l => l.StartsWith("[cluster-registry] ", StringComparison.Ordinal) && l.Contains("exited with code 137", StringComparison.Ordinal));
        var registered = await client.WithToken(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", TestData.Organisation());
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(TestData.Organisation()) : null,
    };
}
