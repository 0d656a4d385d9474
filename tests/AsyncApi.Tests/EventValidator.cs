using System.Text.Json;
using System.Text.Json.Nodes;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>One body to check against a message of the document: its <c>payload</c> or its <c>headers</c>.</summary>
internal sealed record ValidationCase(string Name, string Message, JsonNode Body, string Part = "payload");

internal sealed record ValidationResult(string Name, bool Valid, string[] Errors);

/// <summary>
/// Validates bodies against the messages of an AsyncAPI document with a real JSON Schema validator:
/// Ajv, through <c>tests/AsyncApi.Tests/validate-events.js</c>, strict about fields the document does
/// not describe. All cases in one node process.
/// </summary>
internal static class EventValidator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string CommittedDocument => Repository.PathOf("docs/asyncapi.json");

    public static async Task<IReadOnlyList<ValidationResult>> ValidateAsync(IReadOnlyCollection<ValidationCase> cases, string? document = null)
    {
        var casesFile = Path.Combine(Path.GetTempPath(), $"piedmont-asyncapi-cases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(casesFile, JsonSerializer.Serialize(cases, Json));
        try
        {
            var (exitCode, output, errors) = await NodeTools.RunAsync(
                Repository.PathOf("tests/AsyncApi.Tests/validate-events.js"), document ?? CommittedDocument, casesFile);
            Assert.True(exitCode == 0, $"validate-events.js exited with {exitCode}: {errors}");
            var results = JsonSerializer.Deserialize<ValidationResult[]>(output, Json)!;
            Assert.Equal(cases.Count, results.Length);
            return results;
        }
        finally
        {
            File.Delete(casesFile);
        }
    }

    /// <summary>Fails, naming each invalid body with its errors and the body itself.</summary>
    public static async Task AssertAllValidAsync(IReadOnlyCollection<ValidationCase> cases, string? document = null)
    {
        var results = await ValidateAsync(cases, document);
        var bodies = cases.ToDictionary(c => c.Name);
        var invalid = results.Where(r => !r.Valid).ToList();
        Assert.True(invalid.Count == 0, string.Join("\n\n", invalid.Select(r =>
            $"{r.Name} does not match message {bodies[r.Name].Message} ({bodies[r.Name].Part}) of the document:\n  {string.Join("\n  ", r.Errors)}\n{bodies[r.Name].Body.ToJsonString()}")));
    }
}
