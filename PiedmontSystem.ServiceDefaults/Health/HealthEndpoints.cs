using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PiedmontSystem.ServiceDefaults.Health;

public static class HealthEndpoints
{
    public const string ReadinessPath = "/health";
    public const string LivenessPath = "/alive";

    /// <summary>Checks tagged with this take part in the liveness probe.</summary>
    public const string LiveTag = "live";

    /// <summary>
    /// <c>/health</c>, readiness: every check (database, broker). Healthy or Degraded answer 200,
    /// Unhealthy 503. A service is ready when its database is reachable (and migrated: it listens
    /// only after migrating); the broker being down, or not yet connected, is Degraded, because
    /// the outbox keeps every write safe until it returns (docs/decisions/0011).
    /// <c>/alive</c>, liveness: only the process itself. Both anonymous, and both answer check
    /// names and statuses only, never exception text.
    /// </summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { ResponseWriter = WriteReportAsync })
            .AllowAnonymous();
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = WriteReportAsync,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new HealthReportResponse(
            report.Status.ToString(),
            (long)report.TotalDuration.TotalMilliseconds,
            report.Entries.Select(e => new HealthCheckResponse(e.Key, e.Value.Status.ToString(), (long)e.Value.Duration.TotalMilliseconds)).ToList());
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}

public sealed record HealthReportResponse(string Status, long DurationMs, IReadOnlyList<HealthCheckResponse> Checks);

public sealed record HealthCheckResponse(string Name, string Status, long DurationMs);
