using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PiedmontSystem.Deadlines;

public sealed class TransitionClockOptions
{
    /// <summary>How often to look for what is due to open or close.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// Moves on, every <see cref="TransitionClockOptions.Interval"/>, whatever <typeparamref name="T"/>
/// finds due (opened at the opening, closed after the deadline), each in its own scope and
/// transaction. Reads never wait for it: a status is computed from the clock and submissions are
/// checked against the deadline itself, so a late tick delays only the announcement.
/// </summary>
public sealed class TransitionClock<T>(IServiceScopeFactory scopes, TimeProvider clock, IOptionsMonitor<TransitionClockOptions> options, ILogger<TransitionClock<T>> logger)
    : BackgroundService
    where T : IScheduledTransitions
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Get(typeof(T).Name).Interval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Transitions} could not move on; the clock will try again", typeof(T).Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: everything due moves, each in its own scope.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<T>().FindDueAsync(now, cancellationToken);
        }
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<T>().MoveAsync(id, now, cancellationToken);
        }
    }
}

public static class TransitionClockExtensions
{
    /// <summary>Runs <typeparamref name="T"/> on a clock whose interval is read from <paramref name="section"/> (<c>Interval</c>).</summary>
    public static IServiceCollection AddTransitionClock<T>(this IServiceCollection services, string section)
        where T : class, IScheduledTransitions
    {
        services.AddOptions<TransitionClockOptions>(typeof(T).Name).BindConfiguration(section);
        services.AddScoped<T>();
        services.AddHostedService<TransitionClock<T>>();
        return services;
    }
}
