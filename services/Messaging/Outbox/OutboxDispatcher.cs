using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ, with publisher confirms, and marks them sent.
/// Woken by <see cref="OutboxSignal"/> after each commit and by a poll interval otherwise. Rows
/// are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several replicas never publish the same
/// row at once; a crash after publish and before marking sent republishes the row with the same
/// message id, which the consumers' inbox discards (at-least-once delivery, exactly-once effect).
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopeFactory,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var brokerBackoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            RoundResult round;
            try
            {
                round = await DispatchRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database itself is unavailable: nothing is lost, the rows wait for it.
                logger.LogWarning(ex, "Outbox round failed; retrying");
                round = new RoundResult(0, BrokerFailed: true);
            }

            if (round.BrokerFailed)
            {
                brokerBackoff = brokerBackoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : Min(brokerBackoff * 2, _options.MaxBrokerBackoff);
                await signal.WaitAsync(brokerBackoff, stoppingToken);
                continue;
            }

            brokerBackoff = TimeSpan.Zero;
            if (round.Published < _options.BatchSize)
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<RoundResult> DispatchRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE sent_at IS NULL AND next_attempt_at <= {now}
                ORDER BY sequence
                LIMIT {_options.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return new RoundResult(0, BrokerFailed: false);
        }

        var published = 0;
        var brokerFailed = false;
        foreach (var message in batch)
        {
            if (!IntegrationEventTypes.TryResolve(message.MessageType, out var type))
            {
                message.MarkMessageFailure($"Unknown message type {message.MessageType}", clock.GetUtcNow(), _options.MaxMessageBackoff);
                logger.LogError("Outbox message {MessageId} has unknown type {MessageType}; parked", message.Id, message.MessageType);
                continue;
            }

            try
            {
                await PublishAsync(bus, message, type, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                published++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The broker is down or did not confirm: stop this round and keep the order.
                message.MarkBrokerFailure(ex.Message);
                MessagingTelemetry.PublishFailures.Add(1);
                logger.LogWarning("Publishing outbox message {MessageId} failed ({Error}); will retry", message.Id, ex.Message);
                brokerFailed = true;
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        MessagingTelemetry.Published.Add(published);
        return new RoundResult(published, brokerFailed);
    }

    private async Task PublishAsync(IBus bus, OutboxMessage message, Type type, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize(message.Payload, type, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload");

        // Continue the trace of the request that made the change; MassTransit injects it into the message headers.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = MessagingTelemetry.ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        activity?.SetTag("messaging.message.type", message.MessageType);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        // W3C trace context for partners and consumers alike: this publish's span, or without
        // tracing the request's own (docs/events.md, "Envelope").
        var traceParent = activity?.Id ?? message.TraceParent;
        var traceState = activity?.TraceStateString;
        await bus.Publish(payload, type, context =>
        {
            context.MessageId = message.Id;
            if (traceParent is not null)
            {
                context.Headers.Set(MessagingHeaders.TraceParent, traceParent);
            }
            if (!string.IsNullOrEmpty(traceState))
            {
                context.Headers.Set(MessagingHeaders.TraceState, traceState);
            }
            if (message.CorrelationId is not null)
            {
                context.Headers.Set(MessagingHeaders.CorrelationId, message.CorrelationId);
            }
        }, timeout.Token);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private readonly record struct RoundResult(int Published, bool BrokerFailed);
}
