using OpenTelemetry.Trace;
using PiedmontSystem.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace PiedmontSystem.Gateway.Proxy;

/// <summary>
/// One route per service, <c>/api/&lt;area&gt;/**</c>, to the address found under
/// <c>services:&lt;name&gt;:http:0</c> — the key Aspire's <c>WithReference</c> injects and the local
/// runner sets too, so one gateway runs under both without a service-discovery package.
/// </summary>
internal static class ServiceRoutes
{
    /// <summary>YARP's keyword for "no authorization at the edge": each service enforces its own policies.</summary>
    private const string EdgeAuthorization = "anonymous";

    public static IHostApplicationBuilder AddServiceRoutes(this IHostApplicationBuilder builder)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in ResourceNames.Services)
        {
            var address = ServiceAddresses.Of(builder.Configuration, service.Name);
            routes.AddRange(service.PathPrefixes.Select((prefix, i) => new RouteConfig
            {
                RouteId = i == 0 ? service.Name : $"{service.Name}-{i}",
                ClusterId = service.Name,
                AuthorizationPolicy = EdgeAuthorization,
                Match = new RouteMatch { Path = prefix.TrimEnd('/') + "/{**rest}" },
            }));
            // The service's OpenAPI document, generated with the gateway's host as its server (the
            // original Host header is kept), so the API reference calls the gateway's paths.
            routes.Add(new RouteConfig
            {
                RouteId = service.Name + "-openapi",
                ClusterId = service.Name,
                AuthorizationPolicy = EdgeAuthorization,
                Match = new RouteMatch { Path = ApiReference.DocumentPath(service.Name), Methods = ["GET"] },
                Transforms =
                [
                    new Dictionary<string, string> { ["PathSet"] = ApiReference.ServiceDocumentPath },
                    new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" },
                ],
            });
            clusters.Add(new ClusterConfig
            {
                ClusterId = service.Name,
                Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address } },
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
            });
        }

        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("Yarp.ReverseProxy"));
        builder.Services.AddHttpClient();
        return builder;
    }
}

/// <summary>Reads a service's base address from configuration, with a message that says which key is missing.</summary>
internal static class ServiceAddresses
{
    public static string Of(IConfiguration configuration, string serviceName) =>
        configuration[$"services:{serviceName}:http:0"]
        ?? throw new InvalidOperationException(
            $"No address for service '{serviceName}': set services__{serviceName}__http__0 (Aspire and the local runner do).");
}
