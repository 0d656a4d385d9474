using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>The accelerator's OpenAPI document tells Meet the corporates' truth (what the fuzz pass checks against).</summary>
public class OpenApiDocumentTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    [Fact]
    public async Task EveryMatchmakingEndpointIsDocumentedWithItsProblems()
    {
        var document = await (await fixture.Service.CreateClient().GetAsync("/openapi/v1.json")).ReadOkAsync<JsonElement>();
        var paths = document.GetProperty("paths");

        var matchmaking = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/accelerator/matchmaking/", StringComparison.Ordinal)).ToList();
        Assert.Equal(37, matchmaking.Sum(p => p.Value.EnumerateObject().Count()));
        var booking = paths.GetProperty("/api/accelerator/matchmaking/requests/{id}/booking").GetProperty("post");
        foreach (var status in new[] { "400", "401", "403", "404", "409", "422" })
        {
            Assert.True(booking.GetProperty("responses").TryGetProperty(status, out _), $"booking declares {status}");
        }
        Assert.Contains(booking.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        var required = document.GetProperty("components").GetProperty("schemas").GetProperty("SessionRequest").GetProperty("required").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["acceptanceMode", "date", "place", "registrationDeadline", "schedulingMode", "startTime", "titleEn", "titleIt"], required.Order(StringComparer.Ordinal));
    }
}
