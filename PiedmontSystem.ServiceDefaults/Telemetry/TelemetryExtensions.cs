using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PiedmontSystem.ServiceDefaults.Health;
using PiedmontSystem.ServiceDefaults.Management;

namespace PiedmontSystem.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry as the ServiceDefaults template sets it up: logs, metrics and traces of ASP.NET
/// Core, HttpClient, the runtime and our own <c>PiedmontSystem.*</c> sources, exported over OTLP
/// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other OTEL_* variables);
/// the same metrics are also served to Prometheus on the management port (<see cref="ManagementEndpoints"/>).
/// The libraries a process uses add their own instrumentation where they are wired up
/// (Npgsql with the service database, MassTransit with the bus, YARP in the gateway).
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Activity sources and meters of our own code are named <c>PiedmontSystem.*</c>.</summary>
    public const string OwnSources = "PiedmontSystem.*";

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder)
    {
        // Console lines carry the UTC time: an operator reading the merged output of the
        // platform's processes must know when a line was written (e.g. just before a crash).
        builder.Logging.AddSimpleConsole(console =>
        {
            console.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            console.UseUtcTimestamp = true;
        });
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        // The tracer provider is always built, exporting or not: a listener is what makes ASP.NET
        // Core, HttpClient and MassTransit create activities, and so carry trace context onward.
        // With nowhere to export, spans are created for propagation only (not recorded), which
        // spares every request the cost of filling in spans that nobody reads.
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
                {
                    resource.AddService(builder.Environment.ApplicationName);
                }
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(OwnSources))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(exporting ? new AlwaysOnSampler() : new AlwaysOffSampler()))
                // Health probes and metric scrapes come every few seconds: keep them out of traces.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsHealthProbe(context.Request.Path) && !ManagementEndpoints.IsScrape(context))
                .AddHttpClientInstrumentation()
                .AddSource(OwnSources));

        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(HealthEndpoints.ReadinessPath) || path.StartsWithSegments(HealthEndpoints.LivenessPath);
}
