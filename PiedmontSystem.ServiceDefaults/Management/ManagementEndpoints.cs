using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace PiedmontSystem.ServiceDefaults.Management;

/// <summary>
/// Prometheus metrics on a management port of the process's own (<c>Management:Port</c>): Kestrel
/// listens on it besides the public addresses, and <c>/metrics</c> answers only there, anonymously;
/// on a public port it is an unknown path (404), so neither a client nor the gateway can reach it,
/// and the management port answers nothing else.
/// Without <c>Management:Port</c> there is no metrics endpoint at all (OTLP export is unaffected).
/// </summary>
public static class ManagementEndpoints
{
    public const string PortSetting = "Management:Port";
    public const string MetricsPath = "/metrics";

    /// <summary>The management port of this process, or null when it has none.</summary>
    public static int? ManagementPort(this IConfiguration configuration) =>
        configuration[PortSetting] is { Length: > 0 } value
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? port
                : throw new InvalidOperationException($"{PortSetting} must be a port number, not '{value}'.")
            : null;

    /// <summary>
    /// Adds the management port to the addresses Kestrel listens on, on the host of the first public
    /// address (loopback stays loopback, <c>+</c> stays every interface), and the Prometheus exporter.
    /// </summary>
    internal static IHostApplicationBuilder AddManagementPort(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.ManagementPort() is not { } port)
        {
            return builder;
        }
        var urls = PublicUrls(builder.Configuration);
        var publicAddresses = urls.Select(BindingAddress.Parse).ToList();
        if (publicAddresses.Any(a => a.Port == port))
        {
            throw new InvalidOperationException($"{PortSetting} ({port}) must differ from the public port(s) ({string.Join(';', urls)}).");
        }
        // Kestrel takes either the URLs or endpoints configured in code, never both: so the
        // management address joins the URLs (ASPNETCORE_URLS is the configuration key "urls").
        builder.Configuration["urls"] = string.Join(';', [.. urls, $"http://{publicAddresses[0].Host}:{port.ToString(CultureInfo.InvariantCulture)}"]);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddPrometheusExporter());
        return builder;
    }

    /// <summary>
    /// Answers <c>/metrics</c> on the management port, first of all (no authentication, no other
    /// middleware). The port is the connection's own, not the Host header, which a client chooses.
    /// </summary>
    internal static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        if (app.Configuration.ManagementPort() is { } port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(
                meterProvider: null,
                predicate: context => context.Connection.LocalPort == port && context.Request.Path == MetricsPath,
                path: null,
                // Scrapes every few seconds would otherwise fill the request metrics they read.
                configureBranchedPipeline: branch => branch.Use((context, next) =>
                {
                    if (context.Features.Get<IHttpMetricsTagsFeature>() is { } tags)
                    {
                        tags.MetricsDisabled = true;
                    }
                    return next(context);
                }),
                optionsName: null);
        }
        return app;
    }

    /// <summary>
    /// Anything else asked on the management port is 404 (a problem, from the status code pages that
    /// run before this): the API is served on the public port only, where the gateway sends it.
    /// </summary>
    internal static WebApplication UseManagementPortForMetricsOnly(this WebApplication app)
    {
        if (app.Configuration.ManagementPort() is { } port)
        {
            app.Use((context, next) =>
            {
                if (context.Connection.LocalPort != port)
                {
                    return next(context);
                }
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
        return app;
    }

    /// <summary>Scrapes are kept out of traces, as health probes are.</summary>
    public static bool IsScrape(HttpContext context) => context.Request.Path == MetricsPath;

    /// <summary>The public addresses as Kestrel would choose them: URLs, else HTTP(S) ports, else its default.</summary>
    private static List<string> PublicUrls(IConfiguration configuration)
    {
        var urls = Split(configuration["urls"]);
        if (urls.Count > 0)
        {
            return urls;
        }
        urls = [.. Split(configuration["http_ports"]).Select(p => $"http://*:{p}"), .. Split(configuration["https_ports"]).Select(p => $"https://*:{p}")];
        return urls.Count > 0 ? urls : ["http://localhost:5000"];
    }

    private static List<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
