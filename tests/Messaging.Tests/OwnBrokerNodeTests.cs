using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// A test class whose tests stop and start a RabbitMQ node of their own (not the run's broker),
/// with the registry and the funding service connected to it (on the run's PostgreSQL). The
/// classes share one node (<see cref="BrokerNode"/>): booting a fresh node is the slowest step of
/// these tests, and a restart of one that exists is quicker. Each test gets a fresh virtual host
/// and fresh services, and finds the node running (started again if the test before stopped it).
/// Derived classes join the collection <c>[Collection(BrokerNode.Collection)]</c>.
/// </summary>
public abstract class OwnBrokerNodeTests(BrokerNode node) : IAsyncLifetime
{
    private protected RabbitMqServer Rabbit => node.Rabbit;

    private protected RegistryToFunding Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Rabbit.IsRunning)
        {
            await Rabbit.StartAsync();
        }
        var virtualHost = "test-" + Guid.NewGuid().ToString("N")[..12];
        await Rabbit.Management.CreateVirtualHostAsync(virtualHost);
        var broker = new IsolatedBroker(virtualHost, Rabbit.AmqpUri(virtualHost), Rabbit.Management);
        Services = await RegistryToFunding.StartAsync(await TestServers.GetAsync(), broker);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}

/// <summary>The RabbitMQ node that <see cref="OwnBrokerNodeTests"/> stop and start, one test at a time.</summary>
public sealed class BrokerNode : IAsyncLifetime
{
    public const string Collection = "own broker node";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "piedmont-own-node-" + Guid.NewGuid().ToString("N")[..8]);

    internal RabbitMqServer Rabbit { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Rabbit = await RabbitMqServer.StartAsync(_directory, LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), "owner", Guid.NewGuid().ToString("N"));
        OrphanGuard.CleanUpWhenProcessExits(_directory, postgres: null, Rabbit);
    }

    public async Task DisposeAsync()
    {
        await Rabbit.StopAsync();
        Directory.Delete(_directory, recursive: true);
    }
}

[CollectionDefinition(BrokerNode.Collection)]
public sealed class BrokerNodeTestGroup : ICollectionFixture<BrokerNode>;
