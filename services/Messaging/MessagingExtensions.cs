using System.Diagnostics.Metrics;
using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PiedmontSystem.Messaging.Envelope;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// Connects the service to RabbitMQ (<c>ConnectionStrings:messaging</c>, an amqp:// URI)
    /// through MassTransit, with the transactional outbox of <typeparamref name="TContext"/>,
    /// retries with exponential back-off and poison messages moved to <c>&lt;queue&gt;_error</c>.
    /// Call after <c>AddServiceDatabase</c>.
    /// </summary>
    /// <param name="builder">The service's host builder.</param>
    /// <param name="serviceName">Prefix of the service's queue names, e.g. <c>funding-calls</c>.</param>
    /// <param name="configureConsumers">Registers the service's consumers.</param>
    public static IHostApplicationBuilder AddIntegrationEvents<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.MessageBroker)
            ?? throw new InvalidOperationException($"Connection string '{ResourceNames.MessageBroker}' (ConnectionStrings__{ResourceNames.MessageBroker}) is not set.");

        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        var outbox = builder.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        if (outbox.Enabled)
        {
            builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        }
        // The backlog gauges and the operators' endpoint (OutboxApi), dispatching or not.
        builder.Services.AddSingleton(services => new OutboxBacklogMonitor(
            serviceName, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IMeterFactory>()));
        builder.Services.AddHostedService<OutboxBacklogSampler<TContext>>();

        // Before AddMassTransit: hosted services start in order, and this must precede the bus.
        builder.Services.AddHostedService<BrokerReconnection>();
        var retry = builder.Configuration.GetSection(RetryOptions.Section).Get<RetryOptions>() ?? new RetryOptions();
        builder.Services.AddMassTransit(bus =>
        {
            // Readiness (docs/decisions/0011): the outbox keeps writes safe while the broker is
            // away, so a bus that is down or not yet started makes the service Degraded (200), not
            // Unhealthy (503), whether it lost the broker while running or started without it.
            bus.ConfigureHealthCheckOptions(health => health.MinimalFailureStatus = HealthStatus.Degraded);
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);

            // Immediate retries with back-off for passing faults (a deadlock, a restart); after
            // the last one MassTransit moves the message to <queue>_error, where operators see it
            // (intervals: Messaging:Retry, see RetryOptions).
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(r => r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta)));

            bus.UsingRabbitMq((context, rabbit) =>
            {
                // Publisher confirms: a publish completes only when the broker has taken the message,
                // so the outbox marks a row sent only when it is safe to.
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                // Integration events go out in the envelope docs/events.md documents, nothing more.
                rabbit.AddSerializer(new IntegrationEventSerializerFactory());
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter(InstrumentationOptions.MeterName));
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            // Start without the broker: writes go on into the outbox, and the health check says Degraded.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
