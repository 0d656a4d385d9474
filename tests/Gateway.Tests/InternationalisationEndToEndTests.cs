using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// CEIP's work through the gateway, every service a process: a collaboration CEIP records reaches
/// the registry's collaborations register and its indicators.
/// </summary>
[Collection(PlatformTestGroup.Name)]
public class InternationalisationEndToEndTests(PlatformFixture platform)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RecordedCollaborationReachesTheRegistrysRegisterAndIndicators()
    {
        var client = platform.CreateClient();
        var before = (await (await client.GetAsync("/api/registry/indicators")).ReadOkAsync<JsonElement>()).GetProperty("collaborations").GetInt32();
        var title = "ALCOTRA cross-border mobility " + Guid.NewGuid().ToString("N")[..6];

        await (await platform.CreateClient().WithToken(Roles.CeipOfficer).PostAsJsonAsync("/api/internationalisation/collaborations", new
        {
            clusterCode = "CLEVER", kind = "eu-project", title, partnerName = "Pôle Véhicule du Futur",
            partnerRegion = "Auvergne-Rhône-Alpes", partnerCountry = "FR", startsOn = "2027-01-01",
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var register = await Eventually.Until(
            async () => await (await client.GetAsync("/api/registry/collaborations?cluster=CLEVER&limit=200")).ReadOkAsync<JsonElement>(),
            page => page.GetProperty("items").EnumerateArray().Any(c => c.GetProperty("title").GetString() == title), Timeout, "the collaboration in the registry's register");
        var entry = register.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("title").GetString() == title);
        Assert.Equal("FR", entry.GetProperty("partnerCountry").GetString());
        var after = (await (await client.GetAsync("/api/registry/indicators")).ReadOkAsync<JsonElement>()).GetProperty("collaborations").GetInt32();
        Assert.Equal(before + 1, after);
    }
}
