using System.Text.Json;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>
/// The supervisor's view of every process, as JSON in a file the gateway reads for
/// <c>/health/services</c> (its path reaches the gateway as <see cref="GatewaySetting"/>): a
/// service that crashed shows its restarts and last exit there, not only "Unreachable".
/// </summary>
public sealed class ProcessStatusFile(string path)
{
    /// <summary>The gateway's configuration key (<c>Gateway:ProcessStatusFile</c>) as an environment variable.</summary>
    public const string GatewaySetting = "Gateway__ProcessStatusFile";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Lock _gate = new();

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Replaces the file in one step, so a reader never sees half of it.</summary>
    public void Write(IReadOnlyList<ProcessState> processes)
    {
        lock (_gate)
        {
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(new { updatedAt = DateTimeOffset.UtcNow, processes }, Json));
            File.Move(temporary, Path, overwrite: true);
        }
    }
}
