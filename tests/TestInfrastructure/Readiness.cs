using System.Net.Http.Json;
using PiedmontSystem.ServiceDefaults.Health;

namespace PiedmontSystem.TestInfrastructure;

public static class Readiness
{
    /// <summary>The status a service's <c>/health</c> reports (Healthy, Degraded or Unhealthy), whatever its HTTP status.</summary>
    public static async Task<string?> StatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(HealthEndpoints.ReadinessPath);
        return (await response.Content.ReadFromJsonAsync<HealthReportResponse>())?.Status;
    }
}
