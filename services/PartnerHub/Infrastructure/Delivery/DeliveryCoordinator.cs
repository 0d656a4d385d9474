using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Runs one <see cref="DeliveryLane"/> per subscription with deliveries due: started when the
/// consumer gives a subscription new deliveries, or when the poll finds retries that fell due.
/// A lane ends when nothing is due for its subscription. Once an hour it also forgets events, the
/// log and finished deliveries older than the retention period (30 days).
/// </summary>
public sealed class DeliveryCoordinator(
    DeliveryStore store,
    DeliverySignal signal,
    WebhookSender sender,
    WebhookSecrets secrets,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, DeliveryLane> _lanes = new();
    private readonly ILogger _logger = loggers.CreateLogger<DeliveryCoordinator>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = Task.CompletedTask;
        var nextHealthSample = DateTimeOffset.MinValue;
        var nextPurge = clock.GetUtcNow().AddMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Woken subscriptions first, then, once a poll interval, whatever fell due.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(options.Value.PollInterval);
                try
                {
                    while (await signal.Woken.WaitToReadAsync(wait.Token))
                    {
                        while (signal.Woken.TryRead(out var woken))
                        {
                            Start(woken, stoppingToken);
                        }
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval passed.
                }
                var now = clock.GetUtcNow();
                foreach (var due in await store.DueSubscriptionsAsync(now, stoppingToken))
                {
                    Start(due, stoppingToken);
                }
                if (now >= nextHealthSample)
                {
                    WebhookTelemetry.SetFailingEndpoints(await store.CountFailingEndpointsAsync(stoppingToken));
                    nextHealthSample = now.AddSeconds(10);
                }
                if (now >= nextPurge)
                {
                    var purged = await store.PurgeAsync(now - options.Value.EventRetention, stoppingToken);
                    _logger.LogInformation("Webhook housekeeping removed {Rows} rows older than {Retention}", purged, options.Value.EventRetention);
                    nextPurge = now.AddHours(1);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogWarning(ex, "Looking for webhook deliveries due failed; trying again");
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private void Start(Guid subscriptionId, CancellationToken stoppingToken)
    {
        var lane = new DeliveryLane(subscriptionId, store, sender, secrets, options, clock, _logger);
        if (!_lanes.TryAdd(subscriptionId, lane))
        {
            _lanes.TryGetValue(subscriptionId, out var running);
            running?.Wake();
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await lane.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Its claimed deliveries' leases run out and another lane takes them.
                _logger.LogWarning(ex, "The delivery lane of subscription {SubscriptionId} stopped; it starts again at the next poll", subscriptionId);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                _lanes.TryRemove(subscriptionId, out _);
            }
        }, CancellationToken.None);
    }
}
