using System.Net;
using System.Net.Http.Json;
using PiedmontSystem.ServiceDefaults.Health;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// Readiness while the broker is down (docs/decisions/0011): the outbox keeps writes safe, so a
/// service is ready (200, Degraded) whether it lost the broker while running or started without
/// it; liveness is not affected. The tests stop and start a RabbitMQ node of their own (OwnBrokerNodeTests).
/// </summary>
[Collection(BrokerNode.Collection)]
public class ReadinessDuringBrokerOutageTests(BrokerNode node) : OwnBrokerNodeTests(node)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    [Fact]
    public async Task RunningServiceStaysReadyAndDegradedWhenTheBrokerStops()
    {
        var client = Services.Registry.CreateClient();

        await Rabbit.StopAsync();

        await Eventually.Until(() => Readiness.StatusAsync(client), status => status == "Degraded", Timeout, "the registry to notice the outage");
        await AssertReadyButDegradedAsync(client);
    }

    [Fact]
    public async Task ServiceStartedDuringTheOutageIsReadyDegradedAndServesWrites()
    {
        await Rabbit.StopAsync();

        await Services.RestartRegistryAsync();
        var client = Services.Registry.CreateClient();

        await AssertReadyButDegradedAsync(client);
        var organisation = await Services.RegisterOrganisationAsync();
        Assert.Single(await Services.OutboxAsync([organisation]), m => m.SentAt is null);
    }

    private static async Task AssertReadyButDegradedAsync(HttpClient client)
    {
        var ready = await client.GetAsync(HealthEndpoints.ReadinessPath);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<HealthReportResponse>();
        Assert.Equal("Degraded", report!.Status);
        Assert.Equal("Degraded", Assert.Single(report.Checks, c => c.Name == "masstransit-bus").Status);
        Assert.All(report.Checks.Where(c => c.Name != "masstransit-bus"), c => Assert.Equal("Healthy", c.Status));

        var alive = await client.GetAsync(HealthEndpoints.LivenessPath);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", (await alive.Content.ReadFromJsonAsync<HealthReportResponse>())!.Status);
    }
}
