using System.Diagnostics;
using System.Globalization;

namespace PiedmontSystem.LocalInfrastructure;

/// <summary>
/// How long a supervisor waits before starting a crashed process again: <see cref="First"/>, then
/// twice as long after each crash in a row up to <see cref="Max"/>; a process that stayed up for
/// <see cref="StableAfter"/> starts the sequence afresh.
/// </summary>
public sealed record RestartPolicy(TimeSpan First, TimeSpan Max, TimeSpan StableAfter)
{
    public static readonly RestartPolicy Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));

    /// <summary>The wait before the restart that follows the <paramref name="crashesInARow"/>-th crash (1 = the first).</summary>
    public TimeSpan DelayAfter(int crashesInARow) =>
        TimeSpan.FromTicks(Math.Min(Max.Ticks, First.Ticks * (1L << Math.Clamp(crashesInARow - 1, 0, 30))));
}

/// <summary>What an operator needs to know about one supervised process.</summary>
public sealed record ProcessState(string Name, string State, int? ProcessId, int Restarts, DateTimeOffset StartedAt, int? LastExitCode, DateTimeOffset? LastExitAt);

/// <summary>
/// One process kept running as a supervisor would: an exit that nobody asked for is reported at
/// once and followed by a restart after the <see cref="RestartPolicy"/>'s back-off; <see cref="StopAsync"/>
/// stops it for good (SIGTERM, then a kill after the grace period) without restarting it.
/// </summary>
public sealed class SupervisedProcess : IAsyncDisposable
{
    private readonly Func<Process> _start;
    private readonly RestartPolicy _policy;
    private readonly Action<string, string> _log;
    private readonly Action<SupervisedProcess> _changed;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Task _supervision;
    private Process _current;
    private ProcessState _state;

    /// <param name="name">Named in every report (e.g. the resource name).</param>
    /// <param name="start">Starts the process (again); called once now and once per restart.</param>
    /// <param name="policy">The back-off between restarts.</param>
    /// <param name="log">Receives the supervisor's reports, as (name, line).</param>
    /// <param name="changed">Called after each start, exit and restart (e.g. to write a status file).</param>
    public SupervisedProcess(string name, Func<Process> start, RestartPolicy policy, Action<string, string> log, Action<SupervisedProcess> changed)
    {
        Name = name;
        _start = start;
        _policy = policy;
        _log = log;
        _changed = changed;
        _current = start();
        _state = new ProcessState(name, "running", _current.Id, 0, DateTimeOffset.UtcNow, null, null);
        _changed(this);
        _supervision = Task.Run(SuperviseAsync);
    }

    public string Name { get; }

    public ProcessState State => Volatile.Read(ref _state);

    private async Task SuperviseAsync()
    {
        var crashesInARow = 0;
        while (true)
        {
            Process process;
            lock (_gate)
            {
                process = _current;
            }
            await process.WaitForExitAsync();
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            var exitedAt = DateTimeOffset.UtcNow;
            crashesInARow = exitedAt - State.StartedAt >= _policy.StableAfter ? 1 : crashesInARow + 1;
            var delay = _policy.DelayAfter(crashesInARow);
            Volatile.Write(ref _state, State with { State = "restarting", ProcessId = null, LastExitCode = process.ExitCode, LastExitAt = exitedAt });
            Report($"exited with code {process.ExitCode} at {exitedAt.ToString("HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}; " +
                $"restarting in {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
            _changed(this);
            try
            {
                await Task.Delay(delay, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (_gate)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }
                try
                {
                    _current = _start();
                }
                catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or FileNotFoundException)
                {
                    Report($"could not be restarted: {ex.Message}");
                    return;
                }
                process.Dispose();
                Volatile.Write(ref _state, State with { State = "running", ProcessId = _current.Id, Restarts = State.Restarts + 1, StartedAt = DateTimeOffset.UtcNow });
            }
            Report($"restarted (process {_current.Id}, restart {State.Restarts})");
            _changed(this);
        }
    }

    /// <summary>A report of the supervisor, with the UTC time as the services' log lines have it.</summary>
    private void Report(string line) =>
        _log(Name, $"{DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)} supervisor: {line}");

    /// <summary>Stops the process without restarting it: SIGTERM (a graceful shutdown), a kill after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        Process process;
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            _stopping.Cancel();
            process = _current;
        }
        try
        {
            if (!process.HasExited)
            {
                await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in the meantime.
        }
        using (var timeout = new CancellationTokenSource(grace))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        await _supervision;
        Volatile.Write(ref _state, State with { State = "stopped", ProcessId = null });
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(15));
        _stopping.Dispose();
    }
}
