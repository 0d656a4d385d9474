using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Collaborations;

public class CollaborationsApiTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private HttpClient Officer() => fixture.Service.CreateClient().WithToken(Roles.CeipOfficer, subject: "ceip-officer-1");

    private static object Body(string title, string country = "FR", string kind = "eu-project") =>
        new { clusterCode = "clever", kind, title, partnerName = "Pôle Véhicule du Futur", partnerRegion = "Auvergne-Rhône-Alpes", partnerCountry = country, startsOn = "2027-01-01" };

    [Fact]
    public async Task RecordedCollaborationIsPublicAndAnnouncedForTheRegistry()
    {
        var title = "Interreg ALCOTRA mobility " + Guid.NewGuid().ToString("N")[..6];

        var recorded = await (await Officer().PostAsJsonAsync("/api/internationalisation/collaborations", Body(title))).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        Assert.Equal(("CLEVER", "eu-project", false), (recorded.GetProperty("clusterCode").GetString(), recorded.GetProperty("kind").GetString(), recorded.GetProperty("interRegional").GetBoolean()));
        var id = recorded.GetProperty("id").GetGuid();
        var listed = await (await fixture.Service.CreateClient().GetAsync("/api/internationalisation/collaborations?partnerCountry=FR&clusterCode=CLEVER&limit=200")).ReadOkAsync<JsonElement>();
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var announced = (await fixture.Service.QueryAsync<InternationalisationDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync()))
            .Where(m => m.Payload.Contains(id.ToString(), StringComparison.Ordinal)).Select(m => m.MessageType).ToList();
        Assert.Equal(["urn:message:piedmont:internationalisation:collaboration-recorded:v1"], announced);
    }

    [Fact]
    public async Task CountsByPartnerCountryAndKind()
    {
        await (await Officer().PostAsJsonAsync("/api/internationalisation/collaborations", Body("MoU with Lombardy " + Guid.NewGuid().ToString("N")[..6], "IT", "mou"))).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var counts = await (await fixture.Service.CreateClient().GetAsync("/api/internationalisation/collaborations/by-country")).ReadOkAsync<JsonElement>();

        var italy = counts.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("partnerCountry").GetString() == "IT");
        Assert.True(italy.GetProperty("byKind").GetProperty("mou").GetInt32() >= 1);
    }

    [Fact]
    public async Task BadCollaborationIsRefusedNamingEachField()
    {
        var problem = await (await Officer().PostAsJsonAsync("/api/internationalisation/collaborations",
            new { clusterCode = "c l", kind = "mou", title = "x", partnerName = "P", partnerCountry = "XX" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["clusterCode", "partnerName", "title"], problem.ErrorFields().Order().ToArray());
        var outOfOrder = await (await Officer().PostAsJsonAsync("/api/internationalisation/collaborations",
            new { clusterCode = "CLEVER", kind = "mou", title = "Backwards", partnerName = "Partner", partnerCountry = "XX" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["partnerCountry"], outOfOrder.ErrorFields());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Roles.OrganisationUser, HttpStatusCode.Forbidden)]
    [InlineData(Roles.ClusterManager, HttpStatusCode.Forbidden)]
    [InlineData(Roles.RegionalOfficer, HttpStatusCode.Forbidden)]
    public async Task OnlyCeipOfficersRecord(string? role, HttpStatusCode expected)
    {
        var client = fixture.Service.CreateClient();
        if (role is not null)
        {
            client = client.WithToken(role, role == Roles.OrganisationUser ? Guid.NewGuid() : null, role == Roles.ClusterManager ? "CLEVER" : null);
        }
        var title = "Refused " + Guid.NewGuid().ToString("N")[..6];

        await (await client.PostAsJsonAsync("/api/internationalisation/collaborations", Body(title))).ReadProblemAsync(expected);

        Assert.False(await fixture.Service.QueryAsync<InternationalisationDbContext, bool>(db => db.Collaborations.AnyAsync(c => c.Title == title)));
    }
}
