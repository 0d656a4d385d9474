using System.Text.Json;

namespace PiedmontSystem.Gateway.Health;

/// <summary>
/// What the local runner's supervisor knows about each process (it restarts a crashed one), read
/// from the status file it writes (<c>Gateway:ProcessStatusFile</c>). Outside the local runner
/// there is no such file and <c>/health/services</c> shows readiness only: an orchestrator
/// reports restarts itself.
/// </summary>
internal static class SupervisedProcesses
{
    public const string Setting = "Gateway:ProcessStatusFile";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The supervisor's entry per resource name, or an empty map when there is no readable file.</summary>
    public static async Task<IReadOnlyDictionary<string, ProcessStatus>> ReadAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (configuration[Setting] is not { Length: > 0 } path || !File.Exists(path))
        {
            return new Dictionary<string, ProcessStatus>();
        }
        try
        {
            await using var file = File.OpenRead(path);
            var status = await JsonSerializer.DeserializeAsync<StatusFile>(file, Json, cancellationToken);
            return (status?.Processes ?? []).ToDictionary(p => p.Name);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            // Replaced while read: the next request reads the new one.
            return new Dictionary<string, ProcessStatus>();
        }
    }

    private sealed record StatusFile(IReadOnlyList<ProcessStatus> Processes);
}

/// <summary>A process as the local runner's supervisor sees it: <c>running</c> or <c>restarting</c>, how often it was restarted, its last exit.</summary>
public sealed record ProcessStatus(string Name, string State, int Restarts, DateTimeOffset StartedAt, int? LastExitCode, DateTimeOffset? LastExitAt);
