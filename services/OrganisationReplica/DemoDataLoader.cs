using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.OrganisationReplica;

/// <summary>
/// Loads a service's synthetic demo history once, when the registry's synthetic organisations have
/// reached its copy of the directory (a service has no organisations of its own to invent): tries
/// every few seconds until <see cref="TryLoadAsync"/> says it is done, or gives up (logged) after
/// <c>waitFor</c>. Only when <c>enabled</c> (<c>./piedmont run --demo-data</c>).
/// </summary>
public abstract class DemoDataLoader(bool enabled, TimeSpan waitFor, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The service's clock (the demo history is dated from its now).</summary>
    protected TimeProvider Clock => clock;

    /// <summary>True when the history is there (loaded now or before); false to try again later.</summary>
    protected abstract Task<bool> TryLoadAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }
        var giveUpAt = clock.GetUtcNow() + waitFor;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await TryLoadAsync(stoppingToken))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not load the demo data yet; trying again");
            }
            if (clock.GetUtcNow() > giveUpAt)
            {
                logger.LogWarning("The registry's demo organisations did not arrive within {Wait}; no demo data loaded", waitFor);
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(3), clock, stoppingToken);
        }
    }
}
