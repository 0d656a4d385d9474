using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PiedmontSystem.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on PostgreSQL (<c>ConnectionStrings:&lt;database&gt;</c>),
    /// with every <see cref="IInterceptor"/> registered as a singleton (the outbox's commit signal),
    /// a readiness check, and migrations plus seeding (<see cref="IDatabaseSeeder{TContext}"/>)
    /// applied at start before anything else runs.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string database)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(database)
            ?? throw new InvalidOperationException($"Connection string '{database}' (ConnectionStrings__{database}) is not set.");

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .AddInterceptors(services.GetServices<IInterceptor>()));

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: database, tags: ["ready"]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddNpgsqlInstrumentation());
        return builder;
    }
}
