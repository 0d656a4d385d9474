using System.Text.Json;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>
/// The document says what the API does (ServiceDefaults/OpenApi makes it so for every service);
/// the registry's organisations are the example: a partial body, If-Match, a nullable province.
/// </summary>
public class OpenApiDocumentTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly ServiceFactory<RegistryDbContext> _service = registry.Service;

    [Fact]
    public async Task RequestMembersAreRequiredOnlyWhenTheApiRequiresThemAndThenRefuseNull()
    {
        var request = Schema(await DocumentAsync(), "OrganisationRequest");

        Assert.Equal(["kind", "legalName", "province"], request.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Order());
        var legalName = request.GetProperty("properties").GetProperty("legalName");
        Assert.Equal("string", legalName.GetProperty("type").GetString());
        Assert.Equal("#/components/schemas/Province", request.GetProperty("properties").GetProperty("province").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task AnOptionalStringTheApiRefusesWhenEmptyHasAMinimumLengthAndOneItAcceptsEmptyAllowsIt()
    {
        var properties = Schema(await DocumentAsync(), "OrganisationRequest").GetProperty("properties");

        Assert.Equal(1, properties.GetProperty("vatNumber").GetProperty("minLength").GetInt32());
        Assert.Equal(1, properties.GetProperty("website").GetProperty("minLength").GetInt32());
        Assert.StartsWith("^$|", properties.GetProperty("atecoCode").GetProperty("pattern").GetString());
    }

    [Fact]
    public async Task ANullableEnumMemberAcceptsNullAndTheEnumItselfDoesNot()
    {
        var document = await DocumentAsync();

        var province = Schema(document, "OrganisationResponse").GetProperty("properties").GetProperty("province");
        var alternatives = province.GetProperty("oneOf").EnumerateArray().ToList();
        Assert.Contains(alternatives, a => a.TryGetProperty("type", out var t) && t.GetString() == "null");
        Assert.Contains(alternatives, a => a.TryGetProperty("$ref", out var r) && r.GetString() == "#/components/schemas/Province");
        var values = Schema(document, "Province").GetProperty("enum").EnumerateArray().ToList();
        Assert.DoesNotContain(values, v => v.ValueKind == JsonValueKind.Null);
        Assert.Equal("string", Schema(document, "Province").GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnAuthorizedUpdateDeclaresEveryProblemItCanAnswerAndItsIfMatchHeader()
    {
        var update = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/registry/organisations/{id}").GetProperty("put");

        var responses = update.GetProperty("responses");
        foreach (var status in new[] { "400", "401", "403", "404", "409", "412", "413", "422", "428" })
        {
            var schema = responses.GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema");
            Assert.Matches("^#/components/schemas/(Http)?(Validation)?ProblemDetails$", schema.GetProperty("$ref").GetString());
        }
        Assert.Contains(update.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
    }

    [Fact]
    public async Task APublicReadDeclaresNoForbiddenAnswer()
    {
        var read = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/registry/organisations").GetProperty("get");

        Assert.False(read.GetProperty("responses").TryGetProperty("403", out _));
        Assert.True(read.GetProperty("responses").TryGetProperty("400", out _), "query values are validated");
    }

    private async Task<JsonElement> DocumentAsync() =>
        await (await _service.CreateClient().GetAsync("/openapi/v1.json")).ReadOkAsync<JsonElement>();

    private static JsonElement Schema(JsonElement document, string name) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(name);
}
