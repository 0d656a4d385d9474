using System.Diagnostics;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>
/// The npm tools of <c>tools/asyncapi</c> (the AsyncAPI CLI, Ajv), run by node. They are installed
/// by <c>scripts/install-prerequisites.sh --fuzz</c>, which <c>./piedmont test</c> runs; a test that
/// needs them fails, with that command, when they are missing: it never skips.
/// </summary>
internal static class NodeTools
{
    private static readonly string ToolsDirectory = Repository.PathOf("tools/asyncapi");
    private static readonly string Modules = Path.Combine(ToolsDirectory, "node_modules");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string AsyncApiCli => Path.Combine(Modules, "@asyncapi", "cli", "bin", "run_bin");

    /// <summary>Runs <c>node</c> with <paramref name="arguments"/>, with the tools on NODE_PATH and the CLI's network calls off.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        RequireInstalled();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ToolsDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["NODE_PATH"] = Modules;
        // The AsyncAPI CLI would otherwise look for a newer version and send usage metrics: no network here.
        start.Environment["ASYNCAPI_SKIP_NEW_VERSION_CHECK"] = "true";
        start.Environment["ASYNCAPI_METRICS_CONFIG_PATH"] = MetricsOffFile.Value;
        start.Environment["SUPPRESS_NO_CONFIG_WARNING"] = "true";

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"node could not be started ({e.Message}). {InstallHint}", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} s.");
            }
            return (process.ExitCode, await output, await errors);
        }
    }

    private const string InstallHint =
        "The AsyncAPI tests need node and the npm tools of tools/asyncapi (the AsyncAPI CLI, ajv, ajv-formats): "
        + "run `scripts/install-prerequisites.sh --fuzz` (./piedmont test runs it).";

    private static void RequireInstalled()
    {
        string[] needed = [AsyncApiCli, Path.Combine(Modules, "ajv", "package.json"), Path.Combine(Modules, "ajv-formats", "package.json")];
        var missing = needed.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"Missing {string.Join(", ", missing.Select(m => Path.GetRelativePath(Repository.Root, m)))}. {InstallHint}");
        }
    }

    /// <summary>The CLI's analytics settings, turned off, in a file of this test run.</summary>
    private static readonly Lazy<string> MetricsOffFile = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "piedmont-asyncapi-analytics-off.json");
        File.WriteAllText(path, """{"analyticsEnabled":"false","infoMessageShown":"true","userID":"piedmont-tests"}""");
        return path;
    });
}
