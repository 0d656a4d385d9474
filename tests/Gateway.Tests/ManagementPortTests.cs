using System.Net;
using System.Text.Json;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// Every process serves Prometheus metrics at <c>/metrics</c> on its management port, anonymously,
/// and nowhere else: not on its public port, not through the gateway.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public class ManagementPortTests(PlatformFixture platform)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EveryProcessServesItsOwnMetricsOnItsManagementPortToAnyone()
    {
        using var http = new HttpClient();
        foreach (var project in PlatformProcesses.Projects)
        {
            var response = await http.GetAsync(MetricsOf(project.ResourceName));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{project.ResourceName}: {(int)response.StatusCode} {text}");
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"service_name=\"{project.ResourceName}\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RequestDurationsRuntimeAndOutboxGaugesReachTheRegistrysMetrics()
    {
        using var publicPort = Public(ResourceNames.ClusterRegistry);
        (await publicPort.GetAsync("/api/registry/clusters")).EnsureSuccessStatusCode();
        using var http = new HttpClient();

        var metrics = await Eventually.Until(() => http.GetStringAsync(MetricsOf(ResourceNames.ClusterRegistry)),
            text => text.Contains("http_route=\"/api/registry/clusters", StringComparison.Ordinal)
                && text.Contains("piedmont_outbox_unsent{", StringComparison.Ordinal),
            Timeout, "the request and the outbox gauges in the registry's metrics");

        Assert.Contains("http_server_request_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", metrics, StringComparison.Ordinal);
        Assert.Contains("db_client_operation_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains("piedmont_outbox_unsent{otel_scope_name=\"PiedmontSystem.Messaging\",service=\"cluster-registry\"}", metrics, StringComparison.Ordinal);
        Assert.Contains("piedmont_outbox_oldest_unsent_age_seconds{otel_scope_name=\"PiedmontSystem.Messaging\",service=\"cluster-registry\"}", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsAreNotServedOnAPublicPortNorThroughTheGateway()
    {
        // A service's public port refuses anonymous callers first; at the gateway the path is the
        // portal's catch-all's, where an unknown path is 404 for everyone.
        foreach (var (client, anonymous) in new[] { (Public(ResourceNames.ClusterRegistry), HttpStatusCode.Unauthorized), (platform.CreateClient(), HttpStatusCode.NotFound) })
        {
            using (client)
            {
                await (await client.GetAsync("/metrics")).ReadProblemAsync(anonymous);
                await (await client.WithToken(Roles.Operator).GetAsync("/metrics")).ReadProblemAsync(HttpStatusCode.NotFound);

                // The management port is the connection's, not the Host header a client writes.
                using var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics");
                spoofed.Headers.Host = $"127.0.0.1:{platform.Topology.ManagementPorts![ResourceNames.ClusterRegistry]}";
                await (await client.SendAsync(spoofed)).ReadProblemAsync(HttpStatusCode.NotFound);
            }
        }
    }

    [Fact]
    public async Task ManagementPortServesNothingButMetrics()
    {
        using var management = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{platform.Topology.ManagementPorts![ResourceNames.ClusterRegistry]}") };

        await (await management.GetAsync("/api/registry/clusters")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await management.WithToken(Roles.Operator).GetAsync("/api/registry/operations/outbox")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OperatorsReadTheOutboxOfEveryServiceThroughTheGateway()
    {
        using var client = platform.CreateClient().WithToken(Roles.Operator);
        foreach (var service in ResourceNames.Services)
        {
            var backlog = await (await client.GetAsync($"{service.PathPrefix}/operations/outbox")).ReadOkAsync<JsonElement>();

            Assert.Equal(service.Name, backlog.GetProperty("service").GetString());
            Assert.True(backlog.GetProperty("unsent").GetInt32() >= 0);
        }
    }

    private Uri MetricsOf(string resourceName) => new($"http://127.0.0.1:{platform.Topology.ManagementPorts![resourceName]}/metrics");

    private HttpClient Public(string resourceName) => new() { BaseAddress = new Uri($"http://127.0.0.1:{platform.Topology.ServicePorts[resourceName]}") };
}
