using System.Diagnostics;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// RabbitMQ stops while the registry keeps accepting changes, and the registry process itself is
/// replaced before the broker returns (a crash between commit and publish). Every event must
/// arrive once the broker is back: none lost, none doubled; and consumers resume within seconds
/// of the broker's return (well before MassTransit's default back-off would retry). The tests stop and start a RabbitMQ node of their own (OwnBrokerNodeTests).
/// </summary>
[Collection(BrokerNode.Collection)]
public class BrokerOutageTests(BrokerNode node) : OwnBrokerNodeTests(node)
{
    private const int Changes = 25;

    /// <summary>Long enough for MassTransit's default reconnection back-off to have grown past 10 s.</summary>
    private static readonly TimeSpan LongOutage = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task EventsWrittenDuringOutageArriveExactlyOnceAfterBrokerReturns()
    {
        await Rabbit.StopAsync();

        var organisations = new List<Guid>();
        for (var i = 0; i < Changes; i++)
        {
            organisations.Add(await Services.RegisterOrganisationAsync());
        }
        var pending = await Services.OutboxAsync(organisations);
        Assert.Equal(Changes, pending.Count(m => m.SentAt is null));

        await Services.RestartRegistryAsync();
        await Rabbit.StartAsync();

        await Eventually.Until(() => Services.CountApplicantsAsync(organisations), n => n == Changes, TimeSpan.FromSeconds(120), "every applicant in funding");
        var outbox = await Eventually.Until(() => Services.OutboxAsync(organisations), rows => rows.All(r => r.SentAt is not null), TimeSpan.FromSeconds(30), "every outbox row sent");
        Assert.Equal(Changes, outbox.Count);
        Assert.Equal(Changes, await Services.CountInboxAsync(outbox.Select(m => m.Id).ToList()));
        Assert.DoesNotContain(await Services.Funding.Broker.ListQueuesAsync(), q => q.EndsWith("_error", StringComparison.Ordinal));
    }

    /// <summary>
    /// MassTransit's own back-off would have grown to 16-30 s by the end of this outage; ours tries
    /// every 3 s at most (BrokerReconnection). The bound sits between the two, with room for a
    /// loaded test machine: it fails if the default back-off comes back, not if the machine is busy.
    /// </summary>
    [Fact]
    public async Task ConsumersResumeBeforeMassTransitsDefaultBackOffWouldRetry()
    {
        await Rabbit.StopAsync();
        // The outage itself is what is under test: its length, not a condition, is what matters.
        await Task.Delay(LongOutage);
        await Rabbit.StartAsync();
        var back = Stopwatch.StartNew();

        var organisation = await Services.RegisterOrganisationAsync();

        await Eventually.Until(() => Services.CountApplicantsAsync([organisation]), n => n == 1, TimeSpan.FromSeconds(60), "the applicant in funding");
        Assert.True(back.Elapsed < TimeSpan.FromSeconds(12), $"The event was consumed {back.Elapsed.TotalSeconds:F1} s after the broker returned (aim < 5 s; MassTransit's default back-off: 16-30 s).");
    }
}
