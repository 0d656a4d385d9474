using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Delivers one subscription's due deliveries: claims a batch, sends it with at most
/// <see cref="DeliveryOptions.ConcurrencyPerEndpoint"/> calls in flight, records the outcomes, and
/// goes on until nothing is due. One lane per subscription, so a slow or failing endpoint holds up
/// only its own deliveries. After <see cref="DeliveryOptions.PauseAfterFailures"/> failures in a row
/// the endpoint rests, and then gets one probe at a time until it answers again.
/// </summary>
public sealed class DeliveryLane(
    Guid subscriptionId,
    DeliveryStore store,
    WebhookSender sender,
    WebhookSecrets secrets,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger logger)
{
    private int _wakeRequested;

    public Guid SubscriptionId => subscriptionId;

    /// <summary>New deliveries arrived while the lane runs: it looks again before it ends.</summary>
    public void Wake() => Interlocked.Exchange(ref _wakeRequested, 1);

    /// <summary>
    /// How long the lane trusts what it read of its subscription (URL, status, secrets) before
    /// reading it again: a change or a rotation reaches a busy lane within this.
    /// </summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var schedule = settings.Schedule;
        LaneSubscription? subscription = null;
        IReadOnlyList<string> signing = [];
        var refreshAt = DateTimeOffset.MinValue;
        var answeredNotedAt = DateTimeOffset.MinValue;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Exchange(ref _wakeRequested, 0);
            var now = clock.GetUtcNow();
            if (now >= refreshAt)
            {
                subscription = await store.LoadAsync(subscriptionId, cancellationToken);
                if (subscription is null || subscription.Status != "Active" || subscription.PausedUntil > now)
                {
                    return;
                }
                failures = subscription.ConsecutiveFailures;
                signing = (await store.SigningSecretsAsync(subscriptionId, now, cancellationToken)).Select(secrets.Unprotect).ToList();
                refreshAt = now + RefreshEvery;
            }
            // A resting endpoint gets one probe; a healthy one a full batch.
            var probing = failures >= schedule.PauseAfterFailures;
            var claimed = await store.ClaimAsync(subscriptionId, probing ? 1 : settings.BatchSize, now, settings.Lease, cancellationToken);
            if (claimed.Count == 0)
            {
                if (Interlocked.Exchange(ref _wakeRequested, 0) == 1)
                {
                    continue;
                }
                return;
            }
            var outcomes = new AttemptOutcome[claimed.Count];
            await Parallel.ForAsync(0, claimed.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.ConcurrencyPerEndpoint, CancellationToken = cancellationToken },
                async (i, ct) => outcomes[i] = await DeliverAsync(subscription!, claimed[i], signing, schedule, ct));
            await store.RecordAsync(subscriptionId, outcomes, cancellationToken);

            now = clock.GetUtcNow();
            var failed = outcomes.Where(o => !o.Result.Succeeded).ToList();
            if (failed.Count < outcomes.Length)
            {
                // Any 2xx shows the endpoint answers.
                if (failures > 0)
                {
                    await store.RecoveredAsync(subscriptionId, now, cancellationToken);
                    failures = 0;
                    answeredNotedAt = now;
                }
                else if (now - answeredNotedAt > RefreshEvery)
                {
                    await store.AnsweredAsync(subscriptionId, now, cancellationToken);
                    answeredNotedAt = now;
                }
                continue;
            }
            (failures, var failingSince) = await store.FailedAsync(subscriptionId, failed.Count, failed.Min(o => o.AttemptedAt), now, cancellationToken);
            if (schedule.Disables(failingSince, now))
            {
                var reason = $"Its endpoint has failed since {failingSince:u} ({failures} failures in a row); verify it again to turn it back on.";
                await store.DisableAsync(subscription!, reason, now, cancellationToken);
                logger.LogWarning("Webhook subscription {SubscriptionId} of {PartnerId} disabled: {Reason}", subscriptionId, subscription!.PartnerId, reason);
                return;
            }
            if (schedule.PauseUntil(failures, now, Random.Shared.NextDouble()) is { } until)
            {
                await store.PauseAsync(subscriptionId, until, cancellationToken);
                logger.LogInformation("Webhook endpoint of subscription {SubscriptionId} rests until {Until} after {Failures} failures in a row", subscriptionId, until, failures);
                return;
            }
        }
    }

    private async Task<AttemptOutcome> DeliverAsync(LaneSubscription subscription, ClaimedDelivery delivery, IReadOnlyList<string> signing, Domain.Webhooks.RetrySchedule schedule, CancellationToken cancellationToken)
    {
        // The delivery joins the trace of the request that caused the event (through the outbox and the hub's consumer).
        ActivityContext.TryParse(delivery.TraceParent, null, out var parent);
        using var activity = WebhookTelemetry.Source.StartActivity("webhook deliver", ActivityKind.Producer, parent);
        activity?.SetTag("piedmont.webhook.subscription_id", subscription.Id);
        activity?.SetTag("piedmont.webhook.type", delivery.WebhookType);
        activity?.SetTag("messaging.message.id", delivery.MessageId);

        var attemptedAt = clock.GetUtcNow();
        var result = await sender.SendAsync(subscription.Url, delivery.MessageId.ToString(), Body(delivery), signing, cancellationToken);
        activity?.SetStatus(result.Succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error, result.Error);
        if (result.Succeeded && delivery.Attempts == 0)
        {
            WebhookTelemetry.CommitToPartner.Record((clock.GetUtcNow() - delivery.ReceivedAt).TotalSeconds);
        }
        var next = result.Succeeded ? null : schedule.NextAttempt(delivery.Attempts + 1, delivery.SeriesStartedAt, attemptedAt, Random.Shared.NextDouble());
        return new AttemptOutcome(delivery, result, attemptedAt, next);
    }

    /// <summary>
    /// The Standard Webhooks body: the event's type, when the hub received it (the same on every
    /// attempt, so the body is too), and its data exactly as published.
    /// </summary>
    public static byte[] Body(ClaimedDelivery delivery)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", delivery.WebhookType);
            json.WriteString("timestamp", delivery.ReceivedAt.UtcDateTime);
            json.WritePropertyName("data");
            json.WriteRawValue(delivery.Data, skipInputValidation: true);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
