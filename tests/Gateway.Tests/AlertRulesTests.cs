using PiedmontSystem.TestInfrastructure;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.LocalInfrastructure.Observability;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The alert rules Prometheus loads (<see cref="PrometheusConfiguration.RulesFile"/>) are valid, and
/// their unit tests beside them (alerts.test.yml: each alert fires on synthetic series and stays
/// silent otherwise) pass. promtool comes with Debian's prometheus package, which
/// <c>./piedmont test</c> installs (scripts/install-prerequisites.sh --promtool).
/// </summary>
public class AlertRulesTests
{
    private const string Promtool = "/usr/bin/promtool";

    [Fact]
    public async Task RulesAreValid()
    {
        var output = await PromtoolAsync("check", "rules", PrometheusConfiguration.RulesFile);

        Assert.Contains("SUCCESS: 5 rules found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachAlertFiresOnItsSyntheticSeriesAndStaysSilentOtherwise()
    {
        var output = await PromtoolAsync("test", "rules", Path.ChangeExtension(PrometheusConfiguration.RulesFile, ".test.yml"));

        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    /// <summary>Runs promtool on a file of the repository; a failure (non-zero exit) throws with its output.</summary>
    private static async Task<string> PromtoolAsync(string command, string subcommand, string file)
    {
        Assert.True(File.Exists(Promtool), $"{Promtool} is missing: run scripts/install-prerequisites.sh --promtool (Debian's prometheus package).");
        var (repositoryRoot, _) = BuildOutput.Locate();
        return await ProcessRunner.RunAsync(Promtool, [command, subcommand, Path.Combine(repositoryRoot, file)]);
    }
}
