using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's DbContext on PostgreSQL (<c>ConnectionStrings:&lt;database&gt;</c>),
    /// with every <see cref="IInterceptor"/> registered as a singleton (the outbox's commit signal),
    /// a readiness check, and migrations plus seeding (<see cref="IDatabaseSeeder{TContext}"/>)
    /// applied at start before anything else runs. Transient failures are retried by
    /// <see cref="ServiceExecutionStrategy"/>, each request as one unit (<see cref="RequestUnitOfWork{TContext}"/>);
    /// what still fails answers 503 (<see cref="DatabaseUnavailableHandler"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string database)
        where TContext : DbContext
    {
        var connectionString = Tuned(builder.Configuration.GetConnectionString(database)
            ?? throw new InvalidOperationException($"Connection string '{database}' (ConnectionStrings__{database}) is not set."));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .ExecutionStrategy(dependencies => new ServiceExecutionStrategy(dependencies)))
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddScoped<IRequestUnitOfWork, RequestUnitOfWork<TContext>>();
        // Ahead of ServiceDefaults' handler, which answers every exception it is given (500 for these).
        var firstHandler = builder.Services.TakeWhile(d => d.ServiceType != typeof(IExceptionHandler)).Count();
        builder.Services.Insert(firstHandler, ServiceDescriptor.Singleton<IExceptionHandler, DatabaseUnavailableHandler>());

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: database, tags: ["ready"]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddNpgsql());
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddNpgsqlInstrumentation());
        return builder;
    }

    /// <summary>
    /// Connection settings for a service that issues the same few statements all day, unless the
    /// connection string sets them: statements used more than twice are prepared once per
    /// connection, and a connection returned to the pool is not reset with <c>DISCARD ALL</c>
    /// (which would drop those prepared statements; no service keeps session state on a
    /// connection: no SET, temporary table or advisory lock).
    /// </summary>
    private static string Tuned(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            settings.NoResetOnClose = true;
        }
        return settings.ConnectionString;
    }
}
