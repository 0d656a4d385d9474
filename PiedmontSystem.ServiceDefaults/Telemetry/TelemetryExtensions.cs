using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PiedmontSystem.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry on the core SDK alone (the hosting and instrumentation packages are not
/// available): providers listen to the sources and meters that ASP.NET Core, HttpClient, Npgsql,
/// MassTransit, YARP and our own code publish, and export over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other OTEL_* variables).
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Activity sources traced in every process; our own are named <c>PiedmontSystem.*</c>.</summary>
    public static readonly string[] ActivitySources =
        ["Microsoft.AspNetCore", "System.Net.Http", "Npgsql", "MassTransit", "Yarp.ReverseProxy", "PiedmontSystem.*"];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.*", "System.Net.Http", "System.Runtime", "Npgsql", "MassTransit", "PiedmontSystem.*",
    ];

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var resource = ResourceBuilder.CreateDefault();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            resource.AddService(builder.Environment.ApplicationName);
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.SetResourceBuilder(resource);
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
            if (exportOtlp)
            {
                logging.AddOtlpExporter();
            }
        });

        // Always build the tracer provider: a listener is what makes ASP.NET Core, HttpClient and
        // MassTransit create activities, and so carry trace context, even when nothing is exported.
        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .SetSampler(new ParentBasedSampler(new AlwaysOnSampler()))
            .AddSource(ActivitySources)
            .AddProcessor(new HealthProbeFilter());
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(Meters);
        if (exportOtlp)
        {
            tracing.AddOtlpExporter();
            metrics.AddOtlpExporter();
        }

        // Registered as singletons so the host flushes and disposes them on shutdown.
        builder.Services.AddSingleton(tracing.Build());
        builder.Services.AddSingleton(metrics.Build());
        builder.Services.AddHostedService<TelemetryProviderActivator>();
        return builder;
    }

    /// <summary>Resolves the providers at start so they listen from the first request on.</summary>
    private sealed class TelemetryProviderActivator(TracerProvider tracer, MeterProvider meter) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(tracer);
            GC.KeepAlive(meter);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Keeps health and liveness probes, which run every few seconds, out of exported traces.</summary>
    private sealed class HealthProbeFilter : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            if (data.GetTagItem(HealthProbeTag) is true)
            {
                data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            }
        }
    }

    /// <summary>Tag set on the server activity of a health probe request.</summary>
    internal const string HealthProbeTag = "piedmont.health_probe";
}
