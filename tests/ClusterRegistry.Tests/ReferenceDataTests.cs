using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class ReferenceDataTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    [Fact]
    public async Task SevenClustersOpenPlatformAndTwelveHistoricalClustersAreSeeded()
    {
        var clusters = await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/clusters"));

        var items = clusters.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["AGRIFOOD", "BIOPMED", "CGREEN", "CLEVER", "ICT", "MESAP", "POINTEX"],
            items.Where(c => c.GetProperty("kind").GetString() == "regional-innovation-cluster").Select(c => c.GetProperty("code").GetString()).Order());
        Assert.Equal("TSI", Assert.Single(items, c => c.GetProperty("kind").GetString() == "open-platform").GetProperty("code").GetString());
        var historical = items.Where(c => c.GetProperty("kind").GetString() == "historical").ToList();
        Assert.Equal(12, historical.Count);
        Assert.All(historical, c => Assert.Equal("merged", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ClusterShowsLineageManagersRolesAndSpisInTheRequestedLanguage()
    {
        var english = await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/clusters/CLEVER"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/registry/clusters/CLEVER");
        request.Headers.Add("Accept-Language", "it-IT,it;q=0.9,en;q=0.5");
        var italianResponse = await _api.Anonymous().SendAsync(request);
        var italian = await RegistryApi.JsonAsync(italianResponse);

        Assert.Equal("CLEVER – Energy and clean technologies", english.GetProperty("name").GetString());
        Assert.Equal("CLEVER – Energia e tecnologie pulite", italian.GetProperty("name").GetString());
        Assert.Equal("it", italianResponse.Content.Headers.ContentLanguage.Single());
        Assert.Equal(
            ["H09-BIOCOMBUSTIBILI", "H09-EDILIZIA", "H09-IMPIANTISTICA", "H09-MINI-HYDRO"],
            english.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(["Environment Park", "Un.I.Ver."], english.GetProperty("managingOrganisations").EnumerateArray().Select(m => m.GetProperty("legalName").GetString()).Order());
        Assert.Contains(english.GetProperty("transversalRoles").EnumerateArray(), r => r.GetProperty("code").GetString() == "SPP_LEAD");
        Assert.Contains(italian.GetProperty("prioritySystems").EnumerateArray(), s => s.GetProperty("name").GetString() == "Tecnologie, risorse e materiali verdi");
    }

    [Fact]
    public async Task HistoricalClusterNamesItsSuccessor()
    {
        var cluster = await RegistryApi.JsonAsync(await _api.Anonymous().GetAsync("/api/registry/clusters/H09-CREATIVITA"));

        Assert.Equal("ICT", cluster.GetProperty("successor").GetProperty("code").GetString());
        Assert.Equal(2009, cluster.GetProperty("establishedIn").GetInt32());
        Assert.Equal(2015, cluster.GetProperty("closedIn").GetInt32());
    }

    [Theory]
    [InlineData("provinces", 8, "TO", "Turin", "Torino")]
    [InlineData("priority-systems", 6, "AEROSPACE", "Aerospace", "Aerospazio")]
    [InlineData("innovation-components", 4, "DIGITAL", "Digital transition", "Transizione digitale")]
    public async Task ReferenceCodesAreBilingual(string category, int count, string code, string english, string italian)
    {
        var en = await _api.Anonymous().GetFromJsonAsync<JsonElement>($"/api/registry/reference/{category}");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/registry/reference/{category}");
        request.Headers.Add("Accept-Language", "it");
        var it = await RegistryApi.JsonAsync(await _api.Anonymous().SendAsync(request));

        Assert.Equal(count, en.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, en.GetProperty("nextCursor").ValueKind);
        Assert.Equal(english, en.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("name").GetString());
        Assert.Equal(italian, it.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SeedingAgainAddsNothingAndKeepsAnOfficersEdit()
    {
        var rename = await _api.Officer().PutAsJsonAsync("/api/registry/reference/provinces/VB", new { name = new { it = "VCO", en = "VCO" } });
        rename.EnsureSuccessStatusCode();
        var before = await CountsAsync();

        await using (var scope = _api.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder<RegistryDbContext>>())
            {
                await seeder.SeedAsync(db, CancellationToken.None);
            }
        }

        Assert.Equal(before, await CountsAsync());
        var provinces = await _api.Anonymous().GetFromJsonAsync<JsonElement>("/api/registry/reference/provinces");
        Assert.Equal("VCO", provinces.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "VB").GetProperty("name").GetString());
    }

    [Fact]
    public async Task OnlyARegionalOfficerMayRenameReferenceData()
    {
        var body = new { name = new { it = "X", en = "X" } };

        var anonymous = await _api.Anonymous().PutAsJsonAsync("/api/registry/reference/provinces/AT", body);
        var manager = await _api.Manager("CLEVER").PutAsJsonAsync("/api/registry/reference/provinces/AT", body);

        await anonymous.ReadProblemAsync(System.Net.HttpStatusCode.Unauthorized);
        await manager.ReadProblemAsync(System.Net.HttpStatusCode.Forbidden);
    }

    private Task<(int, int, int, int)> CountsAsync() => _api.Service.QueryAsync<RegistryDbContext, (int, int, int, int)>(async db => (
        await db.ReferenceItems.CountAsync(), await db.Clusters.CountAsync(), await db.Organisations.CountAsync(), await db.Set<Messaging.Outbox.OutboxMessage>().CountAsync()));
}
