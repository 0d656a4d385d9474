using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.Notices;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>A delivery a lane has claimed, with the event's data.</summary>
public sealed record ClaimedDelivery(Guid Id, Guid MessageId, string WebhookType, int Attempts, DateTimeOffset SeriesStartedAt, DateTimeOffset ReceivedAt, string Data, string? TraceParent);

/// <summary>What a lane needs of its subscription.</summary>
public sealed record LaneSubscription(Guid Id, string PartnerId, string Url, string Status, int ConsecutiveFailures, DateTimeOffset? FailingSince, DateTimeOffset? PausedUntil);

/// <summary>One attempt's outcome, to be written.</summary>
public sealed record AttemptOutcome(ClaimedDelivery Delivery, AttemptResult Result, DateTimeOffset AttemptedAt, DateTimeOffset? NextAttemptAt);

/// <summary>
/// The delivery lanes' statements, in SQL: claiming with <c>FOR UPDATE SKIP LOCKED</c> and a lease
/// (two lanes, or two replicas, never send the same delivery at once; a crashed one's lease runs
/// out), and writing a batch of outcomes in one round trip.
/// </summary>
public sealed class DeliveryStore(IServiceScopeFactory scopes)
{
    /// <summary>Active, unpaused subscriptions with a delivery due now.</summary>
    public Task<List<Guid>> DueSubscriptionsAsync(DateTimeOffset now, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Database.SqlQuery<Guid>($"""
            SELECT s.id AS "Value" FROM webhook_subscriptions s
            WHERE s.status = 'Active' AND (s.paused_until IS NULL OR s.paused_until <= {now})
              AND EXISTS (SELECT 1 FROM webhook_deliveries d
                          WHERE d.subscription_id = s.id AND d.status = 'Pending' AND d.next_attempt_at <= {now}
                            AND (d.lease_until IS NULL OR d.lease_until < {now}))
            """).ToListAsync(cancellationToken));

    public Task<LaneSubscription?> LoadAsync(Guid subscriptionId, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Subscriptions.AsNoTracking().IgnoreAutoIncludes().Where(s => s.Id == subscriptionId)
            .Select(s => new LaneSubscription(s.Id, s.PartnerId, s.Url, s.Status.ToString(), s.ConsecutiveFailures, s.FailingSince, s.PausedUntil))
            .FirstOrDefaultAsync(cancellationToken));

    /// <summary>The protected secrets that sign at <paramref name="now"/>, newest first.</summary>
    public Task<List<string>> SigningSecretsAsync(Guid subscriptionId, DateTimeOffset now, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Secrets.AsNoTracking().Where(s => s.SubscriptionId == subscriptionId && (s.ExpiresAt == null || s.ExpiresAt > now))
            .OrderByDescending(s => s.CreatedAt).Select(s => s.Protected).ToListAsync(cancellationToken));

    public Task<List<ClaimedDelivery>> ClaimAsync(Guid subscriptionId, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Database.SqlQuery<ClaimedDelivery>($"""
            WITH due AS (
                SELECT id FROM webhook_deliveries
                WHERE subscription_id = {subscriptionId} AND status = 'Pending' AND next_attempt_at <= {now}
                  AND (lease_until IS NULL OR lease_until < {now})
                ORDER BY next_attempt_at
                LIMIT {max}
                FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE webhook_deliveries d SET lease_until = {now + lease}
                FROM due WHERE d.id = due.id
                RETURNING d.id, d.message_id, d.webhook_type, d.attempts, d.series_started_at)
            SELECT c.id AS "Id", c.message_id AS "MessageId", c.webhook_type AS "WebhookType", c.attempts AS "Attempts",
                   c.series_started_at AS "SeriesStartedAt", e.received_at AS "ReceivedAt", e.data::text AS "Data", e.trace_parent AS "TraceParent"
            FROM claimed c JOIN partner_events e ON e.message_id = c.message_id
            ORDER BY c.id
            """).ToListAsync(cancellationToken));

    /// <summary>
    /// Writes the outcomes of a batch — each delivery's new state and its line in the log — in one
    /// statement (one round trip, atomic).
    /// </summary>
    public Task RecordAsync(Guid subscriptionId, IReadOnlyList<AttemptOutcome> outcomes, CancellationToken cancellationToken) => WithDbAsync(db =>
    {
        var ids = outcomes.Select(o => o.Delivery.Id).ToArray();
        var statuses = outcomes.Select(o => o.Result.Succeeded ? "Delivered" : o.NextAttemptAt is null ? "Failed" : "Pending").ToArray();
        var nextAttempts = outcomes.Select(o => o.NextAttemptAt ?? o.AttemptedAt).ToArray();
        var attemptedAt = outcomes.Select(o => o.AttemptedAt).ToArray();
        var codes = outcomes.Select(o => o.Result.StatusCode).ToArray();
        var attemptIds = outcomes.Select(o => Guid.CreateVersion7(o.AttemptedAt)).ToArray();
        var messageIds = outcomes.Select(o => o.Delivery.MessageId).ToArray();
        var types = outcomes.Select(o => o.Delivery.WebhookType).ToArray();
        var numbers = outcomes.Select(o => o.Delivery.Attempts + 1).ToArray();
        var succeeded = outcomes.Select(o => o.Result.Succeeded).ToArray();
        var latencies = outcomes.Select(o => o.Result.LatencyMs).ToArray();
        var excerpts = outcomes.Select(o => o.Result.ResponseExcerpt).ToArray();
        var errors = outcomes.Select(o => o.Result.Error).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            WITH outcome AS (
                SELECT * FROM unnest({ids}, {statuses}, {nextAttempts}, {attemptedAt}, {codes}, {attemptIds}, {messageIds}, {types}, {numbers}, {succeeded}, {latencies}, {excerpts}, {errors})
                    AS u(delivery_id, status, next_attempt_at, attempted_at, status_code, attempt_id, message_id, webhook_type, number, succeeded, latency_ms, response_excerpt, error)),
            delivery AS (
                UPDATE webhook_deliveries d
                SET status = o.status, attempts = d.attempts + 1, next_attempt_at = o.next_attempt_at, lease_until = NULL,
                    last_attempt_at = o.attempted_at, last_status_code = o.status_code,
                    delivered_at = CASE WHEN o.status = 'Delivered' THEN o.attempted_at ELSE d.delivered_at END
                FROM outcome o WHERE d.id = o.delivery_id)
            INSERT INTO webhook_attempts (id, subscription_id, delivery_id, message_id, webhook_type, attempted_at, number, succeeded, status_code, latency_ms, response_excerpt, error)
            SELECT o.attempt_id, {subscriptionId}, o.delivery_id, o.message_id, o.webhook_type, o.attempted_at, o.number, o.succeeded, o.status_code, o.latency_ms, o.response_excerpt, o.error
            FROM outcome o
            """, cancellationToken);
    });

    /// <summary>
    /// The endpoint answered: its failures are forgotten, and what waited for it out of back-off goes
    /// now rather than at its next attempt (hours away after a long outage).
    /// </summary>
    public Task RecoveredAsync(Guid subscriptionId, DateTimeOffset at, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        await db.Database.ExecuteSqlAsync($"""
            UPDATE webhook_deliveries SET next_attempt_at = {at}
            WHERE subscription_id = {subscriptionId} AND status = 'Pending' AND next_attempt_at > {at}
            """, cancellationToken);
        return await db.Database.ExecuteSqlAsync($"""
            UPDATE webhook_subscriptions SET consecutive_failures = 0, failing_since = NULL, paused_until = NULL, last_success_at = {at}
            WHERE id = {subscriptionId}
            """, cancellationToken);
    });

    /// <summary>Notes that the endpoint still answers (kept fresh every few seconds, not at every delivery).</summary>
    public Task AnsweredAsync(Guid subscriptionId, DateTimeOffset at, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Database.ExecuteSqlAsync($"UPDATE webhook_subscriptions SET last_success_at = {at} WHERE id = {subscriptionId}", cancellationToken));

    /// <summary>Adds failures to the endpoint's count; returns its failures in a row and since when it has been failing.</summary>
    public Task<(int ConsecutiveFailures, DateTimeOffset? FailingSince)> FailedAsync(Guid subscriptionId, int failures, DateTimeOffset firstFailure, DateTimeOffset last,
        CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        var health = await db.Database.SqlQuery<Health>($"""
            UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + {failures},
                failing_since = COALESCE(failing_since, {firstFailure}), last_failure_at = {last}
            WHERE id = {subscriptionId} RETURNING consecutive_failures AS "ConsecutiveFailures", failing_since AS "FailingSince"
            """).ToListAsync(cancellationToken);
        return health.Count == 0 ? (0, (DateTimeOffset?)null) : (health[0].ConsecutiveFailures, health[0].FailingSince);
    });

    public Task PauseAsync(Guid subscriptionId, DateTimeOffset until, CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Database.ExecuteSqlAsync($"UPDATE webhook_subscriptions SET paused_until = {until} WHERE id = {subscriptionId}", cancellationToken));

    /// <summary>
    /// Turns a subscription off after its endpoint failed for days: its pending deliveries fail
    /// (replay sends them again), and its partner gets a notice.
    /// </summary>
    public Task DisableAsync(LaneSubscription subscription, string reason, DateTimeOffset now, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await db.Database.ExecuteSqlAsync($"""
            UPDATE webhook_subscriptions SET status = 'Disabled', disabled_at = {now}, disabled_reason = {reason}, paused_until = NULL, updated_at = {now}
            WHERE id = {subscription.Id} AND status = 'Active'
            """, cancellationToken);
        if (changed == 1)
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE webhook_deliveries SET status = 'Failed', lease_until = NULL WHERE subscription_id = {subscription.Id} AND status = 'Pending'
                """, cancellationToken);
            db.Notices.Add(PartnerNotice.Raise(subscription.PartnerId, subscription.Id, "subscription-disabled", reason, now));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return changed;
    });

    /// <summary>
    /// Forgets what is older than the retention period: the log, finished deliveries, and events no
    /// delivery still waits for (replay reaches back as far as this).
    /// </summary>
    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) => WithDbAsync(async db =>
    {
        var attempts = await db.Database.ExecuteSqlAsync($"DELETE FROM webhook_attempts WHERE attempted_at < {before}", cancellationToken);
        var deliveries = await db.Database.ExecuteSqlAsync($"DELETE FROM webhook_deliveries WHERE status <> 'Pending' AND created_at < {before}", cancellationToken);
        var events = await db.Database.ExecuteSqlAsync($"""
            DELETE FROM partner_events e WHERE e.received_at < {before}
              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.message_id = e.message_id AND d.status = 'Pending')
            """, cancellationToken);
        return attempts + deliveries + events;
    });

    public Task<int> CountFailingEndpointsAsync(CancellationToken cancellationToken) => WithDbAsync(db =>
        db.Subscriptions.CountAsync(s => s.Status == Domain.Webhooks.SubscriptionStatus.Active && s.ConsecutiveFailures > 0, cancellationToken));

    private async Task<T> WithDbAsync<T>(Func<PartnerHubDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerHubDbContext>();
        // One unit with retries on a transient failure (the execution strategy requires it around a transaction).
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(() => work(db));
    }

    private sealed record Health(int ConsecutiveFailures, DateTimeOffset? FailingSince);
}
