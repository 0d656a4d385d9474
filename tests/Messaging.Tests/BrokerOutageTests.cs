using System.Diagnostics;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// RabbitMQ stops while the registry keeps accepting changes, and the registry process itself is
/// replaced before the broker returns (a crash between commit and publish). Every event must
/// arrive once the broker is back: none lost, none doubled; and consumers resume within seconds
/// of the broker's return. Each test owns its RabbitMQ node.
/// </summary>
public class BrokerOutageTests : IAsyncLifetime
{
    private const int Changes = 25;

    /// <summary>Long enough for MassTransit's default reconnection back-off to have grown past 10 s.</summary>
    private static readonly TimeSpan LongOutage = TimeSpan.FromSeconds(25);

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

    [Fact]
    public async Task ConsumersResumeWithinFiveSecondsOfTheBrokersReturn()
    {
        await _rabbit.StopAsync();
        // The outage itself is what is under test: its length, not a condition, is what matters.
        await Task.Delay(LongOutage);
        await _rabbit.StartAsync();
        var back = Stopwatch.StartNew();

        var organisation = await _services.RegisterOrganisationAsync();

        await Eventually.Until(() => _services.CountApplicantsAsync([organisation]), n => n == 1, TimeSpan.FromSeconds(60), "the applicant in funding");
        Assert.True(back.Elapsed < TimeSpan.FromSeconds(5), $"The event was consumed {back.Elapsed.TotalSeconds:F1} s after the broker returned (aim < 5 s).");
    }
}
