using System.Net;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>
/// What operators see of an outbox (the shared <c>OutboxApi</c> and backlog gauges, here in the
/// registry): a registry whose dispatcher is off keeps its events unsent, and reports them, until a
/// replica with a dispatcher sends them.
/// </summary>
public class OutboxBacklogTests(OutboxBacklogTests.DispatcherOffRegistry registry) : IClassFixture<OutboxBacklogTests.DispatcherOffRegistry>
{
    private const string Path = "/api/registry/operations/outbox";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task UnsentEventsAndTheAgeOfTheOldestAreReportedUntilAReplicaSendsThem()
    {
        var api = new RegistryApi(registry.Service);
        await api.RegisterAsync();
        var (unsent, oldest) = await registry.Service.QueryAsync<RegistryDbContext, (int, DateTimeOffset)>(async db =>
        {
            var rows = db.Set<OutboxMessage>().Where(m => m.SentAt == null);
            return (await rows.CountAsync(), await rows.MinAsync(m => m.OccurredAt));
        });
        Assert.True(unsent >= 1, "registering an organisation leaves an unsent event");

        var backlog = await (await api.As(Roles.Operator).GetAsync(Path)).ReadOkAsync<OutboxBacklogResponse>();
        Assert.Equal(ResourceNames.ClusterRegistry, backlog.Service);
        Assert.Equal(unsent, backlog.Unsent);
        Assert.Equal(oldest, backlog.OldestUnsentAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.InRange(backlog.OldestUnsentAgeSeconds!.Value, 0, (DateTimeOffset.UtcNow - oldest).TotalSeconds + 0.1);

        await Eventually.Until(() => Task.FromResult(Gauge("piedmont.outbox.unsent")), g => g == unsent, Timeout, "the unsent gauge");
        var age = Gauge("piedmont.outbox.oldest_unsent_age")!.Value;
        await Eventually.Until(() => Task.FromResult(Gauge("piedmont.outbox.oldest_unsent_age")), g => g >= age + 1, Timeout, "the age to grow while the event waits");

        await using var replica = await registry.StartReplicaWithDispatcherAsync();

        var sent = await Eventually.Until(async () => await (await api.As(Roles.Operator).GetAsync(Path)).ReadOkAsync<OutboxBacklogResponse>(),
            b => b.Unsent == 0, Timeout, "the replica to send the events");
        Assert.Null(sent.OldestUnsentAt);
        Assert.Null(sent.OldestUnsentAgeSeconds);
        await Eventually.Until(() => Task.FromResult(Gauge("piedmont.outbox.unsent")), g => g == 0, Timeout, "the unsent gauge to fall to 0");
        Assert.Equal(0, Gauge("piedmont.outbox.oldest_unsent_age"));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.RegionalOfficer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.OrganisationUser, HttpStatusCode.Forbidden)]
    [InlineData(Roles.PartnerSystem, HttpStatusCode.Forbidden)]
    public async Task OnlyOperatorsReadTheOutbox(string? role, HttpStatusCode expected)
    {
        var api = new RegistryApi(registry.Service);
        var client = role is null ? api.Anonymous() : api.As(role, role == Roles.OrganisationUser ? Guid.NewGuid() : null);

        await (await client.GetAsync(Path)).ReadProblemAsync(expected);
    }

    /// <summary>The registry's own gauge, tagged with its service name; null before the first sample.</summary>
    private double? Gauge(string name)
    {
        var reading = ServiceGauges.Read(registry.Service.Services, "PiedmontSystem.Messaging", name);
        return reading.SingleOrDefault(r => (string?)r.Tags["service"] == ResourceNames.ClusterRegistry)?.Value;
    }

    /// <summary>A registry on a fresh database whose outbox dispatcher is off (a crash before publish, held open), sampled every 200 ms.</summary>
    public sealed class DispatcherOffRegistry : IAsyncLifetime
    {
        private readonly string _database = TestServerEndpoints.UniqueDatabaseName(ResourceNames.RegistryDatabase);
        private TestServerEndpoints _servers = null!;

        public ServiceFactory<RegistryDbContext> Service { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _servers = await TestServers.GetAsync();
            var broker = await _servers.CreateVirtualHostAsync();
            Service = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, _database, broker, _servers)
                .WithSetting("Messaging:Outbox:Enabled", "false")
                .WithSetting("Messaging:Outbox:BacklogSampleInterval", "00:00:00.200");
            await Service.StartAndWaitUntilReadyAsync();
        }

        /// <summary>A second registry on the same database and broker, dispatching.</summary>
        public async Task<ServiceFactory<RegistryDbContext>> StartReplicaWithDispatcherAsync()
        {
            var replica = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, _database, Service.Broker, _servers);
            await replica.StartAndWaitUntilReadyAsync();
            return replica;
        }

        public async Task DisposeAsync() => await Service.DisposeAsync();
    }
}
