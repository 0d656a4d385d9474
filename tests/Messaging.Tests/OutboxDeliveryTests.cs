using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// A change in the registry reaches funding through the outbox, once, whatever is redelivered.
/// The tests share one pair of services with others: each looks only at its own organisation.
/// </summary>
[Collection(SharedRegistryToFunding.Collection)]
public class OutboxDeliveryTests(SharedRegistryToFunding shared)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly RegistryToFunding _services = shared.Services;

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
}
