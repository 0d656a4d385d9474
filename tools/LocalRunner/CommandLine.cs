using System.Globalization;

namespace PiedmontSystem.LocalRunner;

/// <summary><c>--name value</c> options, each also settable as <c>PIEDMONT_NAME</c> in the environment.</summary>
internal sealed class CommandLine(Dictionary<string, string> options)
{
    public static CommandLine Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
            var name = args[i][2..];
            options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
        return new CommandLine(options);
    }

    public string? Get(string name) =>
        options.TryGetValue(name, out var value) ? value
        : Environment.GetEnvironmentVariable("PIEDMONT_" + name.Replace('-', '_').ToUpperInvariant());

    public int GetPort(string name, int defaultPort) =>
        Get(name) is { } value
            ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? port
                : throw new ArgumentException($"--{name} must be a port number, not '{value}'.")
            : defaultPort;

    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage:
              run     [--gateway-port 5080] [--service-base-port 5081] [--postgres-port 24432]
                      [--rabbitmq-port 24672] [--rabbitmq-management-port 24673] [--rabbitmq-dist-port 24674]
                      [--management-base-port 5181] [--data-dir .local] [--demo-data [ORGANISATIONS]]
                      [--observe] [--prometheus-port 9090]
                      starts PostgreSQL, RabbitMQ, the services (identity and partner hub too) and the gateway
                      (each serving Prometheus metrics at /metrics on its management port); Ctrl+C stops them;
                      --demo-data loads a synthetic population (1,200 organisations by default) once;
                      --observe also starts Prometheus with the alert rules and the PostgreSQL exporter
              servers --env-file PATH
                      starts throwaway PostgreSQL and RabbitMQ for a test run, writes their connection
                      settings to PATH, and removes them on SIGTERM or Ctrl+C
              token   --role ROLE [--org ORGANISATION_ID] [--cluster CLUSTER_CODE] [--subject SUB] [--hours 8] [--scope "api events:registry"]
                      prints a development token (roles: organisation-user, cluster-manager,
                      regional-officer, evaluator, accelerator-manager, ceip-officer, partner-system, operator);
                      an evaluator's --subject is the subject an officer registered them under; a
                      partner system gets every event area's scope unless --scope names some
            every option can also be set as PIEDMONT_<NAME> (e.g. PIEDMONT_GATEWAY_PORT=6080)
            """);
        return 2;
    }
}
