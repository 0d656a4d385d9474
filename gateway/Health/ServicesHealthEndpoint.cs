using PiedmontSystem.Gateway.Proxy;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Health;

namespace PiedmontSystem.Gateway.Health;

/// <summary>
/// <c>/health/services</c>: the readiness of every service behind the gateway, asked in parallel,
/// for operators and the local runner. Statuses only, never internals.
/// </summary>
internal static class ServicesHealthEndpoint
{
    public static WebApplication MapServicesHealth(this WebApplication app)
    {
        app.MapGet(HealthEndpoints.ReadinessPath + "/services", GetServicesHealth)
            .WithName(nameof(GetServicesHealth))
            .WithSummary("Readiness of every service behind the gateway")
            .WithTags("Health")
            .AllowAnonymous();
        return app;
    }

    public static async Task<IResult> GetServicesHealth(IHttpClientFactory httpClients, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(nameof(ServicesHealthEndpoint));
        var processes = await SupervisedProcesses.ReadAsync(configuration, cancellationToken);
        var checks = await Task.WhenAll(ResourceNames.Services.Select(async service =>
            await AskAsync(client, service.Name, ServiceAddresses.Of(configuration, service.Name), cancellationToken)
                with { Process = processes.GetValueOrDefault(service.Name) }));
        // Ready when every service is ready: Degraded (e.g. the broker is down, the outbox keeps
        // writes) is ready with 200; Unhealthy or unreachable anywhere makes the whole 503.
        var status = checks.All(c => c.Status == "Healthy") ? "Healthy"
            : checks.All(c => c.Status is "Healthy" or "Degraded") ? "Degraded"
            : "Unhealthy";
        var body = new ServicesHealthResponse(status, checks);
        return Results.Json(body, statusCode: status == "Unhealthy" ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }

    private static async Task<ServiceHealth> AskAsync(HttpClient client, string name, string address, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var response = await client.GetAsync(new Uri(new Uri(address), HealthEndpoints.ReadinessPath), timeout.Token);
            var report = await response.Content.ReadFromJsonAsync<HealthReportResponse>(timeout.Token);
            return new ServiceHealth(name, report?.Status ?? "Unhealthy", report?.Checks ?? []);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
        {
            return new ServiceHealth(name, "Unreachable", []);
        }
    }
}

public sealed record ServicesHealthResponse(string Status, IReadOnlyList<ServiceHealth> Services);

/// <summary>One service's readiness, and what the local runner's supervisor knows of its process.</summary>
/// <param name="Name">The service's resource name.</param>
/// <param name="Status">Its readiness: Healthy, Degraded, Unhealthy or Unreachable.</param>
/// <param name="Checks">Its readiness checks.</param>
/// <param name="Process">The local runner's supervisor's view (state, restarts, last exit); null elsewhere.</param>
public sealed record ServiceHealth(string Name, string Status, IReadOnlyList<HealthCheckResponse> Checks, ProcessStatus? Process = null);
