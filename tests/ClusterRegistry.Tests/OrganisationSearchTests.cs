using System.Net;
using System.Net.Http.Json;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class OrganisationSearchTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    [Fact]
    public async Task NamePrefixSearchPagesWithACursorAndNeverRepeats()
    {
        var prefix = "Zq" + Guid.NewGuid().ToString("N")[..6];
        foreach (var suffix in new[] { "Charlie", "alpha", "Bravo" })
        {
            await _api.RegisterAsync(RegistryApi.Profile($"{prefix} {suffix}"));
        }

        var first = await _api.Anonymous().GetFromJsonAsync<Page<OrganisationSummaryResponse>>($"/api/registry/organisations?namePrefix={prefix.ToUpperInvariant()}&limit=2", PiedmontSystem.ServiceDefaults.PlatformJson.Options);
        var second = await _api.Anonymous().GetFromJsonAsync<Page<OrganisationSummaryResponse>>($"/api/registry/organisations?namePrefix={prefix}&limit=2&cursor={first!.NextCursor}", PiedmontSystem.ServiceDefaults.PlatformJson.Options);

        Assert.Equal([$"{prefix} alpha", $"{prefix} Bravo"], first.Items.Select(o => o.LegalName));
        Assert.Equal([$"{prefix} Charlie"], second!.Items.Select(o => o.LegalName));
        Assert.Null(second.NextCursor);
    }

    [Fact]
    public async Task FiltersCombineProvinceSizeClassSpiAndCluster()
    {
        var prefix = "Fq" + Guid.NewGuid().ToString("N")[..6];
        var wanted = await _api.RegisterAsync(RegistryApi.Profile($"{prefix} wanted", headcount: 5, turnoverEur: 500_000m, province: "NO", prioritySystems: ["HEALTH"]));
        await _api.ApproveAsync(await _api.RequestMembershipAsync(wanted.Id, "BIOPMED"));
        var otherProvince = await _api.RegisterAsync(RegistryApi.Profile($"{prefix} other province", headcount: 5, turnoverEur: 500_000m, province: "TO", prioritySystems: ["HEALTH"]));
        await _api.ApproveAsync(await _api.RequestMembershipAsync(otherProvince.Id, "BIOPMED"));
        await _api.RegisterAsync(RegistryApi.Profile($"{prefix} not a member", headcount: 5, turnoverEur: 500_000m, province: "NO", prioritySystems: ["HEALTH"]));
        await _api.RegisterAsync(RegistryApi.Profile($"{prefix} large", headcount: 900, turnoverEur: 500_000_000m, province: "NO", prioritySystems: ["HEALTH"]));

        var found = await _api.Anonymous().GetFromJsonAsync<Page<OrganisationSummaryResponse>>(
            $"/api/registry/organisations?namePrefix={prefix}&province=NO&sizeClass=micro&spi=HEALTH&cluster=biopmed&kind=enterprise", PiedmontSystem.ServiceDefaults.PlatformJson.Options);

        Assert.Equal([wanted.Id], found!.Items.Select(o => o.Id));
    }

    [Fact]
    public async Task NewestFirstSortUsesRegistrationTime()
    {
        var prefix = "Nq" + Guid.NewGuid().ToString("N")[..6];
        var older = await _api.RegisterAsync(RegistryApi.Profile($"{prefix} a"));
        var newer = await _api.RegisterAsync(RegistryApi.Profile($"{prefix} b"));

        var found = await _api.Anonymous().GetFromJsonAsync<Page<OrganisationSummaryResponse>>($"/api/registry/organisations?namePrefix={prefix}&sort=-registeredAt", PiedmontSystem.ServiceDefaults.PlatformJson.Options);

        Assert.Equal([newer.Id, older.Id], found!.Items.Select(o => o.Id));
    }

    [Theory]
    [InlineData("province=ZZ", "province")]
    [InlineData("sizeClass=huge", "sizeClass")]
    [InlineData("sort=cost", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cluster=NOPE", "cluster")]
    public async Task BadQueryIsAValidationProblemNamingTheParameter(string query, string field)
    {
        var response = await _api.Anonymous().GetAsync($"/api/registry/organisations?{query}");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([field], problem.ErrorFields());
    }
}
