using System.Collections.Concurrent;
using System.Diagnostics;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>The local runner's supervisor, with real child processes.</summary>
public class ProcessSupervisionTests
{
    private static readonly RestartPolicy Quick = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(30));

    [Fact]
    public void BackOffDoublesFromOneSecondUpToThirtySeconds()
    {
        var delays = Enumerable.Range(1, 7).Select(n => RestartPolicy.Default.DelayAfter(n).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], delays);
    }

    [Fact]
    public async Task CrashingProcessIsReportedAndRestartedWithGrowingDelays()
    {
        var reports = new ConcurrentQueue<string>();
        var starts = 0;
        await using var supervised = new SupervisedProcess("crasher", () =>
        {
            Interlocked.Increment(ref starts);
            return Process.Start(new ProcessStartInfo("sh", ["-c", "exit 3"]))!;
        }, Quick, (name, line) => reports.Enqueue($"[{name}] {line}"), _ => { });

        await Eventually.Until(() => Task.FromResult(supervised.State.Restarts >= 4), TimeSpan.FromSeconds(20), "four restarts");
        await supervised.StopAsync(TimeSpan.FromSeconds(5));
        var startsWhenStopped = starts;

        var exits = reports.Where(r => r.Contains("exited with code 3", StringComparison.Ordinal)).ToList();
        Assert.All(exits, e => Assert.StartsWith("[crasher] ", e));
        Assert.Equal(["0.1", "0.2", "0.4", "0.4"], exits.Take(4).Select(e => e.Split("restarting in ")[1].Split(' ')[0]));
        Assert.Equal(3, supervised.State.LastExitCode);
        Assert.Equal("stopped", supervised.State.State);
        Assert.Equal(supervised.State.Restarts + 1, startsWhenStopped);
    }

    [Fact]
    public async Task StopEndsARunningProcessWithoutRestartingIt()
    {
        // The process notes the SIGTERM it gets: a stop that only killed it after the grace period would leave no note.
        var note = Path.Combine(Path.GetTempPath(), $"piedmont-stop-{Guid.NewGuid():N}");
        var reports = new ConcurrentQueue<string>();
        var supervised = new SupervisedProcess("sleeper",
            () => Process.Start(new ProcessStartInfo("sh", ["-c", $"trap 'kill $!; echo terminated > {note}; exit 0' TERM; touch {note}.ready; sleep 600 & wait"]))!,
            Quick, (_, line) => reports.Enqueue(line), _ => { });
        var pid = supervised.State.ProcessId!.Value;
        await Eventually.Until(() => Task.FromResult(File.Exists(note + ".ready")), TimeSpan.FromSeconds(30), "the process to listen for SIGTERM");

        await supervised.StopAsync(TimeSpan.FromSeconds(60));

        try
        {
            Assert.Equal("terminated", (await File.ReadAllTextAsync(note)).Trim());
        }
        finally
        {
            File.Delete(note);
            File.Delete(note + ".ready");
        }
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));
        Assert.Equal(0, supervised.State.Restarts);
        Assert.Equal("stopped", supervised.State.State);
        Assert.Empty(reports);
    }
}
