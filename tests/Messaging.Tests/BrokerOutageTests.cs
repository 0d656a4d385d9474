using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// RabbitMQ stops while the registry keeps accepting changes, and the registry process itself is
/// replaced before the broker returns (a crash between commit and publish). Every event must
/// arrive once the broker is back: none lost, none doubled. This test owns its RabbitMQ node.
/// </summary>
public class BrokerOutageTests : IAsyncLifetime
{
    private const int Changes = 25;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "piedmont-outage-" + Guid.NewGuid().ToString("N")[..8]);
    private RabbitMqServer _rabbit = null!;
    private RegistryToFunding _services = null!;

    public async Task InitializeAsync()
    {
        _rabbit = await RabbitMqServer.StartAsync(_directory, LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), LoopbackPorts.FindFree(), "outage", Guid.NewGuid().ToString("N"));
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
    public async Task EventsWrittenDuringOutageArriveExactlyOnceAfterBrokerReturns()
    {
        await _rabbit.StopAsync();

        var organisations = new List<Guid>();
        for (var i = 0; i < Changes; i++)
        {
            organisations.Add(await _services.RegisterOrganisationAsync());
        }
        var pending = await _services.OutboxAsync(organisations);
        Assert.Equal(Changes, pending.Count(m => m.SentAt is null));

        await _services.RestartRegistryAsync();
        await _rabbit.StartAsync();

        await Eventually.Until(() => _services.CountApplicantsAsync(organisations), n => n == Changes, TimeSpan.FromSeconds(120), "every applicant in funding");
        var outbox = await Eventually.Until(() => _services.OutboxAsync(organisations), rows => rows.All(r => r.SentAt is not null), TimeSpan.FromSeconds(30), "every outbox row sent");
        Assert.Equal(Changes, outbox.Count);
        Assert.Equal(Changes, await _services.CountInboxAsync(outbox.Select(m => m.Id).ToList()));
        Assert.DoesNotContain(await _services.Funding.Broker.ListQueuesAsync(), q => q.EndsWith("_error", StringComparison.Ordinal));
    }
}
