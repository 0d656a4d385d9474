using System.Diagnostics;
using System.Globalization;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>
/// Stops throwaway servers and removes their folder when the process that started them exits,
/// however it exits: a test host killed by its runner never runs its exit handlers, so a small
/// watcher in its own session does the cleaning.
/// </summary>
public static class OrphanGuard
{
    public static void CleanUpWhenProcessExits(string directory, PostgresServer? postgres, RabbitMqServer? rabbit)
    {
        var owner = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var stopPostgres = postgres is null ? "" :
            $"runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D '{postgres.BaseDirectory}/data' -m immediate stop >/dev/null 2>&1";
        var stopRabbit = rabbit is null ? "" :
            $"[ -f '{rabbit.BaseDirectory}/node.pid' ] && kill -TERM \"$(cat '{rabbit.BaseDirectory}/node.pid')\" 2>/dev/null && sleep 5";
        var script = $"""
            while kill -0 {owner} 2>/dev/null; do sleep 1; done
            {stopPostgres}
            {stopRabbit}
            rm -rf '{directory}'
            """;
        var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "bash", "-c", script })
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var _ = Process.Start(startInfo);
    }
}
