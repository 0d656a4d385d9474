using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>A change in the registry reaches funding through the outbox, once, whatever is redelivered.</summary>
public class OutboxDeliveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private RegistryToFunding _services = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _services = await RegistryToFunding.StartAsync(servers, await servers.CreateVirtualHostAsync());
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task RegisteredOrganisationReachesFundingAndIsMarkedSent()
    {
        var organisationId = await _services.RegisterOrganisationAsync();

        await Eventually.Until(() => _services.CountApplicantsAsync([organisationId]), n => n == 1, Timeout, "funding's applicant row");
        var outbox = await Eventually.Until(() => _services.OutboxAsync([organisationId]), rows => rows.All(r => r.SentAt is not null), Timeout, "the outbox row to be marked sent");
        var row = Assert.Single(outbox);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(1, await _services.CountInboxAsync([row.Id]));
    }

    [Fact]
    public async Task TraceOfTheRequestContinuesInTheConsumer()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var consumed = new ConcurrentBag<ActivityTraceId>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Kind == ActivityKind.Consumer)
                {
                    consumed.Add(activity.TraceId);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await _services.RegisterOrganisationAsync($"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        await Eventually.Until(() => Task.FromResult(consumed.Contains(traceId)), Timeout, "a consume activity in the request's trace");
    }

    [Fact]
    public async Task EventPublishedAgainAfterCrashBeforeMarkingSentHasNoSecondEffect()
    {
        using var duplicates = new MetricCounter("PiedmontSystem.Messaging", "piedmont.inbox.duplicates_ignored", "OrganisationRegisteredConsumer");
        var organisationId = await _services.RegisterOrganisationAsync();
        await Eventually.Until(() => _services.CountApplicantsAsync([organisationId]), n => n == 1, Timeout, "the first delivery");
        var row = Assert.Single(await Eventually.Until(() => _services.OutboxAsync([organisationId]), rows => rows.All(r => r.SentAt is not null), Timeout, "sent"));

        // What a crash between the broker's confirm and the commit of "sent" leaves behind.
        await _services.Registry.QueryAsync<RegistryDbContext, int>(db =>
            db.Database.ExecuteSqlAsync($"UPDATE outbox_messages SET sent_at = NULL WHERE id = {row.Id}"));

        await Eventually.Until(() => Task.FromResult(duplicates.Total), n => n >= 1, Timeout, "the second delivery to be recognised");
        // The consumer may see the message before the dispatcher has committed "sent": wait for both.
        var republished = Assert.Single(await Eventually.Until(() => _services.OutboxAsync([organisationId]), rows => rows.All(r => r.SentAt is not null), Timeout, "sent again"));
        Assert.Equal(2, republished.Attempts);
        Assert.Equal(1, await _services.CountApplicantsAsync([organisationId]));
        Assert.Equal(1, await _services.CountInboxAsync([row.Id]));
        Assert.DoesNotContain(await _services.Funding.Broker.ListQueuesAsync(), q => q.EndsWith("_error", StringComparison.Ordinal));
    }

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
