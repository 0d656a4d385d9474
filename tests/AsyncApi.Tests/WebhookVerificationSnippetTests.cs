using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Partner.Webhooks;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>
/// The signature checks docs/webhooks-verification.md gives partners: the doc quotes the snippet
/// files verbatim, the C# one (compiled into this project) and the Python one (run by python3)
/// accept what the hub's signing scheme produces and refuse the rest, and the doc's worked example holds.
/// </summary>
public partial class WebhookVerificationSnippetTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string OtherSecret = "whsec_cGllZG1vbnQtYXN5bmNhcGktZXhhbXBsZS1zZWNyZXQ=";
    private const string Id = "01a20073-b399-7e6b-b880-3ee696fabfec";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_795_539_913);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"type":"registry.organisation-registered.v1","timestamp":"2026-11-24T17:05:13Z","data":{"legalName":"Città della Scienza","valueEur":"48500.50"}}""");

    [Fact]
    public void CSharpSnippetAcceptsTheRightSignatureAloneOrAmongOthers()
    {
        var timestamp = Timestamp(Now);
        var signature = Sign(Secret, Id, timestamp, Body);

        Assert.True(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, Body, Now));
        Assert.True(WebhookVerifier.IsValid(Secret, Id, timestamp, $"{Sign(OtherSecret, Id, timestamp, Body)} {signature}", Body, Now));
        Assert.True(WebhookVerifier.IsValid(Secret, Id, timestamp, $"v1,!not-base64! v2,{signature[3..]} {signature}", Body, Now));
        Assert.True(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, Body, Now.AddMinutes(4.9)));
        Assert.True(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, Body, Now.AddMinutes(-4.9)));
    }

    [Fact]
    public void CSharpSnippetRefusesAChangedBodyIdOrSecretAStaleTimestampAndOtherVersions()
    {
        var timestamp = Timestamp(Now);
        var signature = Sign(Secret, Id, timestamp, Body);

        Assert.False(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, [.. Body, (byte)' '], Now));
        Assert.False(WebhookVerifier.IsValid(Secret, Id + "x", timestamp, signature, Body, Now));
        Assert.False(WebhookVerifier.IsValid(OtherSecret, Id, timestamp, signature, Body, Now));
        Assert.False(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, Body, Now.AddMinutes(5).AddSeconds(1)));
        Assert.False(WebhookVerifier.IsValid(Secret, Id, timestamp, signature, Body, Now.AddMinutes(-5).AddSeconds(-1)));
        Assert.False(WebhookVerifier.IsValid(Secret, Id, "-1", signature, Body, Now));
        Assert.False(WebhookVerifier.IsValid(Secret, Id, timestamp, "v2," + signature[3..], Body, Now));
        Assert.False(WebhookVerifier.IsValid(Secret, Id, timestamp, "", Body, Now));
        Assert.Throws<ArgumentException>(() => WebhookVerifier.IsValid("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Id, timestamp, signature, Body, Now));
    }

    [Fact]
    public async Task PythonSnippetGivesTheSameAnswersAsTheCSharpOne()
    {
        if (!await HasPython3Async())
        {
            // Debian always has python3; a machine without it cannot run the Python snippet.
            return;
        }
        var timestamp = Timestamp(Now);
        var signature = Sign(Secret, Id, timestamp, Body);
        var cases = new (string Secret, string Timestamp, string Signatures, byte[] Body, DateTimeOffset Now)[]
        {
            (Secret, timestamp, signature, Body, Now),
            (Secret, timestamp, $"{Sign(OtherSecret, Id, timestamp, Body)} {signature}", Body, Now),
            (Secret, timestamp, $"v1,!not-base64! v2,{signature[3..]} {signature}", Body, Now.AddMinutes(4.9)),
            (Secret, timestamp, signature, [.. Body, (byte)' '], Now),
            (OtherSecret, timestamp, signature, Body, Now),
            (Secret, timestamp, signature, Body, Now.AddMinutes(5).AddSeconds(1)),
            (Secret, "-1", signature, Body, Now),
            (Secret, timestamp, "v2," + signature[3..], Body, Now),
        };
        var expected = cases.Select(c => WebhookVerifier.IsValid(c.Secret, Id, c.Timestamp, c.Signatures, c.Body, c.Now)).ToArray();

        var input = JsonSerializer.Serialize(cases.Select(c => new
        {
            secret = c.Secret,
            id = Id,
            timestamp = c.Timestamp,
            signatures = c.Signatures,
            body = Convert.ToHexString(c.Body),
            now = c.Now.ToUnixTimeMilliseconds() / 1000.0,
        }));
        var (exitCode, output, errors) = await RunPythonAsync(PythonDriver, input, Repository.PathOf("docs/snippets"));

        Assert.True(exitCode == 0, $"python3 failed: {errors}");
        Assert.Equal(expected, JsonSerializer.Deserialize<bool[]>(output));
        Assert.Equal([true, true, true, false, false, false, false, false], expected);
    }

    [Fact]
    public void DocQuotesBothSnippetsVerbatim()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs/webhooks-verification.md"));
        var blocks = FencedBlock().Matches(doc).ToDictionary(m => m.Groups["language"].Value, m => m.Groups["code"].Value);

        Assert.Equal(File.ReadAllText(Repository.PathOf("docs/snippets/WebhookVerifier.cs")), blocks["csharp"]);
        Assert.Equal(File.ReadAllText(Repository.PathOf("docs/snippets/verify_webhook.py")), blocks["python"]);
    }

    [Fact]
    public void DocsWorkedExampleHasTheSignatureTheSchemeGives()
    {
        var doc = File.ReadAllText(Repository.PathOf("docs/webhooks-verification.md"));
        var body = Encoding.UTF8.GetBytes("""{"type":"webhook.verification","timestamp":"2026-11-24T17:05:13Z","data":{"subscriptionId":"01a2080c-7a19-7c2e-9f3b-6d1e2a4b5c6d"}}""");
        var signature = Sign(Secret, Id, "1795539913", body);

        Assert.Contains($"webhook-signature: {signature}", doc, StringComparison.Ordinal);
        Assert.Contains(Encoding.UTF8.GetString(body), doc, StringComparison.Ordinal);
        Assert.True(WebhookVerifier.IsValid(Secret, Id, "1795539913", signature, body, Now));
    }

    /// <summary>The hub's scheme, written here independently of the snippets: v1 = HMAC-SHA256 of "{id}.{timestamp}.{body}".</summary>
    private static string Sign(string secret, string id, string timestamp, byte[] body)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string PythonDriver = """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from verify_webhook import verify_webhook
        cases = json.load(sys.stdin)
        print(json.dumps([verify_webhook(c["secret"], c["id"], c["timestamp"], c["signatures"], bytes.fromhex(c["body"]), c["now"]) for c in cases]))
        """;

    private static async Task<bool> HasPython3Async()
    {
        try
        {
            return (await RunPythonAsync("print(1)", "", ".")).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunPythonAsync(string program, string input, string argument)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    [GeneratedRegex(@"```(?<language>csharp|python)\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
