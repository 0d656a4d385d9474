using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// A test class whose every test owns its RabbitMQ node, so that it can stop and start the broker,
/// with the registry and the funding service connected to it (on the run's PostgreSQL).
/// </summary>
public abstract class OwnBrokerNodeTests(string name) : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"piedmont-{name}-" + Guid.NewGuid().ToString("N")[..8]);

    private protected RabbitMqServer Rabbit { get; private set; } = null!;

    private protected RegistryToFunding Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Rabbit = await RabbitMqServer.StartAsync(_directory, LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), name, Guid.NewGuid().ToString("N"));
        OrphanGuard.CleanUpWhenProcessExits(_directory, postgres: null, Rabbit);
        var broker = new IsolatedBroker("/", Rabbit.AmqpUri(), Rabbit.Management);
        Services = await RegistryToFunding.StartAsync(await TestServers.GetAsync(), broker);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Rabbit.StopAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
