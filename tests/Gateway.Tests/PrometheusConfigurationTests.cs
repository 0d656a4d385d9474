using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.LocalInfrastructure.Observability;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>The prometheus.yml of <c>./piedmont run --observe</c>, generated from the platform's list of processes.</summary>
public class PrometheusConfigurationTests
{
    [Fact]
    public void EveryPlatformProcessIsAJobScrapedOnItsManagementPort()
    {
        var ports = PlatformProcesses.ManagementPortsFrom(5181);

        var yaml = PrometheusConfiguration.Generate(new ScrapeTargets(ports, 24692, 24693), "alerts.yml");

        Assert.Equal(PlatformProcesses.Projects.Count, ports.Count);
        Assert.All(PlatformProcesses.Projects, project => Assert.Contains($"""
              - job_name: "{project.ResourceName}"
                static_configs:
                  - targets: ["127.0.0.1:{ports[project.ResourceName]}"]
            """, yaml, StringComparison.Ordinal));
        Assert.Contains("""
              - job_name: "rabbitmq-queues"
                metrics_path: /metrics/detailed
                params:
                  family: [queue_coarse_metrics]
                static_configs:
                  - targets: ["127.0.0.1:24692"]
            """, yaml, StringComparison.Ordinal);
        Assert.Contains("""- targets: ["127.0.0.1:24693"]""", yaml, StringComparison.Ordinal);
        Assert.Contains("""
            rule_files:
              - "alerts.yml"
            """, yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagementPortsFollowTheProjectsFromTheBasePort()
    {
        var ports = PlatformProcesses.ManagementPortsFrom(6381);

        Assert.Equal(Enumerable.Range(6381, PlatformProcesses.Projects.Count), PlatformProcesses.Projects.Select(p => ports[p.ResourceName]));
    }
}
