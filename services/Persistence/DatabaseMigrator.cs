using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.Persistence;

/// <summary>
/// Applies committed migrations and seeds at start. Registered before the bus and the outbox
/// dispatcher, so their tables exist before they run (hosted services start in order).
/// </summary>
internal sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopeFactory, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<TContext>>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }
        logger.LogInformation("Database of {Context} migrated and seeded in {Elapsed} ms", typeof(TContext).Name, stopwatch.ElapsedMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
