namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>The AsyncAPI CLI (<c>@asyncapi/cli</c>, pinned in tools/asyncapi) accepts the committed document.</summary>
public class AsyncApiCliTests
{
    [Fact]
    public async Task CommittedDocumentPassesAsyncApiValidate()
    {
        var (exitCode, output, errors) = await NodeTools.RunAsync(NodeTools.AsyncApiCli, "validate", EventValidator.CommittedDocument, "--fail-severity", "warn");

        Assert.True(exitCode == 0, $"asyncapi validate docs/asyncapi.json failed ({exitCode}):\n{output}\n{errors}");
        Assert.Contains("is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsyncApiValidateRefusesADocumentWithADanglingReference()
    {
        // Small, so that the CLI's failure is shown quickly: what the test above relies on.
        var broken = Path.Combine(Path.GetTempPath(), $"piedmont-asyncapi-broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, """
            {
              "asyncapi": "3.0.0",
              "info": { "title": "Broken", "version": "1.0.0" },
              "components": { "messages": { "OrganisationRegistered": { "payload": { "$ref": "#/components/schemas/NoSuchSchema" } } } }
            }
            """);
        try
        {
            var (exitCode, output, errors) = await NodeTools.RunAsync(NodeTools.AsyncApiCli, "validate", broken);

            Assert.True(exitCode != 0, $"asyncapi validate accepted a document with a dangling $ref:\n{output}\n{errors}");
            Assert.Contains("NoSuchSchema", output + errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
