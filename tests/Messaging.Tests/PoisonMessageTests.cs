using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// A message no retry can help ends in the error queue, and nothing else does: its own services,
/// so that no other test's error queue is seen and no other test sees this one's. The retries
/// keep their number but not their production intervals (Messaging:Retry), which only add waiting.
/// </summary>
public class PoisonMessageTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string?> QuickRetries = new()
    {
        ["Messaging:Retry:MinInterval"] = "00:00:00.010",
        ["Messaging:Retry:IntervalDelta"] = "00:00:00.020",
        ["Messaging:Retry:MaxInterval"] = "00:00:00.100",
    };

    private RegistryToFunding _services = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _services = await RegistryToFunding.StartAsync(servers, await servers.CreateVirtualHostAsync(), QuickRetries);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task MessageThatAlwaysFailsEndsInTheErrorQueueAfterRetries()
    {
        // A collaboration naming a cluster the registry does not know: its consumer fails every time.
        var poison = new CollaborationRecorded(Guid.NewGuid(), "NO-SUCH-CLUSTER", "mou", "Poison", "Nobody", null, "FR", null, DateTimeOffset.UtcNow);
        var broker = _services.Registry.Broker;

        await _services.Funding.Services.GetRequiredService<IBus>().Publish(poison);

        var queues = await Eventually.Until(broker.ListQueuesAsync, q => q.Any(n => n.EndsWith("_error", StringComparison.Ordinal)), Timeout, "an error queue");
        var errorQueue = queues.Single(n => n.EndsWith("_error", StringComparison.Ordinal));
        Assert.Contains("collaboration-recorded", errorQueue, StringComparison.Ordinal);
        await Eventually.Until(async () => await broker.CountMessagesAsync(errorQueue), n => n == 1, Timeout, "the poison message in the error queue");
        var mainQueue = errorQueue[..^"_error".Length];
        await Eventually.Until(async () => await broker.CountMessagesAsync(mainQueue), n => n == 0, Timeout, "the main queue to drain");
        Assert.Equal(0, await _services.Registry.QueryAsync<RegistryDbContext, int>(db => db.Collaborations.CountAsync()));
    }
}
