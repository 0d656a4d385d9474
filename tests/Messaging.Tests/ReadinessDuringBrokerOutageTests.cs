using System.Net;
using System.Net.Http.Json;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.ServiceDefaults.Health;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// Readiness while the broker is down (docs/decisions/0010): the outbox keeps writes safe, so a
/// service is ready (200, Degraded) whether it lost the broker while running or started without
/// it; liveness is not affected. Each test owns its RabbitMQ node.
/// </summary>
public class ReadinessDuringBrokerOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "piedmont-readiness-" + Guid.NewGuid().ToString("N")[..8]);
    private RabbitMqServer _rabbit = null!;
    private RegistryToFunding _services = null!;

    public async Task InitializeAsync()
    {
        _rabbit = await RabbitMqServer.StartAsync(_directory, LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), "readiness", Guid.NewGuid().ToString("N"));
        OrphanGuard.CleanUpWhenProcessExits(_directory, postgres: null, _rabbit);
        var broker = new IsolatedBroker("/", _rabbit.AmqpUri(), _rabbit.Management);
        _services = await RegistryToFunding.StartAsync(await TestServers.GetAsync(), broker);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _rabbit.StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RunningServiceStaysReadyAndDegradedWhenTheBrokerStops()
    {
        var client = _services.Registry.CreateClient();

        await _rabbit.StopAsync();

        await Eventually.Until(() => Readiness.StatusAsync(client), status => status == "Degraded", Timeout, "the registry to notice the outage");
        await AssertReadyButDegradedAsync(client);
    }

    [Fact]
    public async Task ServiceStartedDuringTheOutageIsReadyDegradedAndServesWrites()
    {
        await _rabbit.StopAsync();

        await _services.RestartRegistryAsync();
        var client = _services.Registry.CreateClient();

        await AssertReadyButDegradedAsync(client);
        var organisation = await _services.RegisterOrganisationAsync();
        Assert.Single(await _services.OutboxAsync([organisation]), m => m.SentAt is null);
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
