using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.Messaging.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on PostgreSQL (<c>ConnectionStrings:&lt;database&gt;</c>),
    /// with the outbox's commit signal, a readiness check, migrations plus seeding
    /// (<see cref="IDatabaseSeeder{TContext}"/>) applied at start before anything else runs, and
    /// hourly <see cref="Housekeeping{TContext}"/> of the platform tables.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string database)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(database)
            ?? throw new InvalidOperationException($"Connection string '{database}' (ConnectionStrings__{database}) is not set.");

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddOptions<HousekeepingOptions>().BindConfiguration(HousekeepingOptions.Section);
        builder.Services.AddSingleton<Housekeeping<TContext>>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Housekeeping<TContext>>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(database, tags: ["ready"]);
        return builder;
    }
}
