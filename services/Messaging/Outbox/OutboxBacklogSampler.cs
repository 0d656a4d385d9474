using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// Reads the outbox backlog from the database every <see cref="OutboxOptions.BacklogSampleInterval"/>
/// for the gauges, so a scrape never queries the database. Runs whether or not this process
/// dispatches (a replica with the dispatcher off still reports what waits).
/// </summary>
internal sealed class OutboxBacklogSampler<TContext>(
    IServiceScopeFactory scopeFactory,
    OutboxBacklogMonitor monitor,
    IOptions<OutboxOptions> options,
    ILogger<OutboxBacklogSampler<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(options.Value.BacklogSampleInterval);
            do
            {
                await SampleAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            monitor.Record(await OutboxBacklog.ReadAsync(scope.ServiceProvider.GetRequiredService<TContext>(), cancellationToken));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The database is away: report nothing rather than a stale figure (the service's
            // readiness and the "service down" alert tell that story).
            monitor.Record(null);
            logger.LogDebug(ex, "Sampling the outbox backlog failed");
        }
    }
}
