using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests;

public class IndicatorsApiTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    [Fact]
    public async Task IndicatorsArePublicAndCountCollaborationsByCountry()
    {
        var officer = fixture.Service.CreateClient().WithToken(Roles.CeipOfficer, subject: "ceip-indicators");
        foreach (var (country, title) in new[] { ("FR", "ALCOTRA"), ("FR", "Interreg Europe"), ("IT", "MoU with Lombardy") })
        {
            await (await officer.PostAsJsonAsync("/api/internationalisation/collaborations",
                new { clusterCode = "MESAP", kind = "mou", title, partnerName = "Partner " + title, partnerCountry = country })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        }

        var indicators = await (await fixture.Service.CreateClient().GetAsync($"/api/internationalisation/indicators?year={fixture.Clock.GetUtcNow().Year}")).ReadOkAsync<JsonElement>();

        var collaborations = indicators.GetProperty("collaborations");
        Assert.Equal((3, 2, 1), (collaborations.GetProperty("total").GetInt32(), collaborations.GetProperty("international").GetInt32(), collaborations.GetProperty("interRegional").GetInt32()));
        Assert.Equal(2, collaborations.GetProperty("byCountry").GetProperty("FR").GetInt32());
        Assert.Equal(JsonValueKind.Object, indicators.GetProperty("liaison").ValueKind);
        Assert.Equal(JsonValueKind.Object, indicators.GetProperty("events").ValueKind);
    }

    [Fact]
    public async Task AYearOutOfRangeIsRefusedNamingIt()
    {
        var problem = await (await fixture.Service.CreateClient().GetAsync("/api/internationalisation/indicators?year=1900")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["year"], problem.ErrorFields());
    }
}
