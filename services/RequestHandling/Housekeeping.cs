using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.RequestHandling;

/// <summary>
/// Deletes what the outbox, the inbox and the idempotency keys no longer need, so those tables
/// stay small however long a service runs. Unsent outbox rows are never deleted. The audit trail
/// is kept: it is a record, not a buffer.
/// </summary>
public sealed class Housekeeping<TContext>(IServiceScopeFactory scopeFactory, IOptions<HousekeepingOptions> options, TimeProvider clock, ILogger<Housekeeping<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    private readonly HousekeepingOptions _options = options.Value;

    /// <summary>One pass; returns how many rows each table lost.</summary>
    public async Task<(int Outbox, int Inbox, int IdempotencyKeys)> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var outbox = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM outbox_messages WHERE sent_at IS NOT NULL AND sent_at < {now - _options.SentMessages}", cancellationToken);
        var inbox = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM inbox_messages WHERE processed_at < {now - _options.ProcessedMessages}", cancellationToken);
        var keys = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM idempotency_keys WHERE created_at < {now - _options.IdempotencyKeys}", cancellationToken);
        return (outbox, inbox, keys);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, clock);
        do
        {
            try
            {
                var (outbox, inbox, keys) = await RunOnceAsync(stoppingToken);
                if (outbox + inbox + keys > 0)
                {
                    logger.LogInformation("Housekeeping removed {Outbox} sent outbox rows, {Inbox} inbox rows and {Keys} idempotency keys", outbox, inbox, keys);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Housekeeping failed; it runs again in {Interval}", _options.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
