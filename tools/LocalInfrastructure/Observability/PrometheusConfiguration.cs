using System.Globalization;
using System.Text;

namespace PiedmontSystem.LocalInfrastructure.Observability;

/// <summary>What Prometheus scrapes on this machine, all on 127.0.0.1.</summary>
/// <param name="ManagementPorts">Each platform process's management port, by resource name (its <c>/metrics</c>).</param>
/// <param name="RabbitMqPrometheusPort">The <c>rabbitmq_prometheus</c> plugin's port.</param>
/// <param name="PostgresExporterPort"><c>prometheus-postgres-exporter</c>'s port.</param>
public sealed record ScrapeTargets(IReadOnlyDictionary<string, int> ManagementPorts, int RabbitMqPrometheusPort, int PostgresExporterPort);

/// <summary>
/// The <c>prometheus.yml</c> of <c>./piedmont run --observe</c>: one job per platform process, named
/// for its resource and taken from <see cref="PlatformProcesses.Projects"/> (a new service is
/// scraped without a change here), RabbitMQ twice (the node's aggregated metrics, and messages per
/// queue for the error-queue alert), and the PostgreSQL exporter; with the rules of <see cref="RulesFile"/>.
/// </summary>
public static class PrometheusConfiguration
{
    /// <summary>The alert rules, relative to the repository root; their unit tests are beside them (alerts.test.yml).</summary>
    public const string RulesFile = "tools/LocalInfrastructure/Observability/alerts.yml";

    public const string RabbitMqJob = "rabbitmq";
    public const string RabbitMqQueuesJob = "rabbitmq-queues";
    public const string PostgresJob = "postgres";

    /// <summary>Scrapes and rule evaluations every 10 s: a local platform, where quick feedback matters more than volume.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public static string Generate(ScrapeTargets targets, string rulesFile)
    {
        var interval = $"{Interval.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
        var yaml = new StringBuilder($"""
            # Written by ./piedmont run --observe at each start: edit PrometheusConfiguration.cs, not this file.
            global:
              scrape_interval: {interval}
              evaluation_interval: {interval}
            rule_files:
              - "{rulesFile}"
            scrape_configs:

            """);
        foreach (var project in PlatformProcesses.Projects)
        {
            if (!targets.ManagementPorts.TryGetValue(project.ResourceName, out var port))
            {
                throw new InvalidOperationException($"{project.ResourceName} has no management port to scrape.");
            }
            AppendJob(yaml, project.ResourceName, port);
        }
        AppendJob(yaml, RabbitMqJob, targets.RabbitMqPrometheusPort);
        // Per-queue figures, only the coarse family (messages ready, unacknowledged, total): what the
        // error-queue alert reads, without the cost of every per-object metric.
        AppendJob(yaml, RabbitMqQueuesJob, targets.RabbitMqPrometheusPort, """
                metrics_path: /metrics/detailed
                params:
                  family: [queue_coarse_metrics]

            """);
        AppendJob(yaml, PostgresJob, targets.PostgresExporterPort);
        return yaml.ToString();
    }

    private static void AppendJob(StringBuilder yaml, string job, int port, string? extra = null)
    {
        yaml.Append(CultureInfo.InvariantCulture, $"""
              - job_name: "{job}"

            """);
        yaml.Append(extra);
        yaml.Append(CultureInfo.InvariantCulture, $"""
                static_configs:
                  - targets: ["127.0.0.1:{port}"]

            """);
    }
}
