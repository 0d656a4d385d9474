using System.Net;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Partnering;

/// <summary>
/// The public search and the public face of a profile: published, unexpired profiles only, with
/// neither the organisation nor its contact, to the anonymous and to every other organisation.
/// Each test finds its own profiles by a keyword only it uses.
/// </summary>
public class PartneringSearchTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly PartneringApi _api = new(fixture);

    [Fact]
    public async Task ThePublicSeesPublishedProfilesOnlyWithoutTheOrganisationOrItsContact()
    {
        var name = "Meccatronica Segreta " + Guid.NewGuid().ToString("N")[..6];
        var owner = await _api.OrganisationAsync(name);
        var tag = "kw" + Guid.NewGuid().ToString("N")[..10];
        var body = _api.ProfileBody(b => b["keywords"] = new[] { tag });
        var published = await _api.PublishedAsync(owner, body);
        await _api.DraftAsync(owner, _api.ProfileBody(b => b["keywords"] = new[] { tag }));
        await _api.SubmittedAsync(owner, _api.ProfileBody(b => b["keywords"] = new[] { tag }));
        var secrets = PartneringApi.Private(body, owner, name);

        foreach (var client in new[] { _api.Anonymous(), _api.User(Guid.NewGuid()), _api.Evaluator() })
        {
            var search = await client.GetAsync($"{PartneringApi.Profiles}?q={tag}");
            var searchBody = await search.Content.ReadAsStringAsync();
            var page = await search.ReadOkAsync<Page<JsonElement>>();
            var item = Assert.Single(page.Items);
            Assert.Equal(published, PartneringApi.Id(item));
            var single = await client.GetAsync($"{PartneringApi.Profiles}/{published}");
            var singleBody = await single.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, single.StatusCode);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, searchBody, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, singleBody, StringComparison.Ordinal);
            }
            var face = JsonDocument.Parse(singleBody).RootElement;
            Assert.Equal(JsonValueKind.Null, face.GetProperty("private").ValueKind);
            Assert.Equal(("IT", "Piemonte", "enterprise", "small"), (face.GetProperty("country").GetString(), face.GetProperty("region").GetString(),
                face.GetProperty("organisationKind").GetString(), face.GetProperty("organisationSizeClass").GetString()));
        }
        Assert.Contains(((Dictionary<string, object?>)body["contact"]!)["email"]!.ToString()!,
            await (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{published}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFiltersByDirectionKindCountrySpiNaceAndText()
    {
        var tag = "kw" + Guid.NewGuid().ToString("N")[..10];
        var owner = Guid.NewGuid();
        var grippers = await _api.PublishedAsync(owner, _api.ProfileBody(b => b["keywords"] = new[] { tag, "grippers" }));
        var distributor = await _api.PublishedAsync(owner, _api.ProfileBody(b =>
        {
            (b["direction"], b["kind"], b["keywords"]) = ("request", "business", new[] { tag });
            (b["countriesOfInterest"], b["prioritySystems"], b["naceCodes"]) = (new[] { "JP" }, new[] { "FOOD" }, new[] { "10.51" });
            (b["titleEn"], b["titleIt"]) = ("Distributors of Piedmont cheese in Japan", "Distributori di formaggi piemontesi in Giappone");
            (b["summaryEn"], b["summaryIt"]) = ("A dairy looks for importers of aged cheese in Tokyo and Osaka", "Un caseificio cerca importatori di formaggi stagionati a Tokyo e Osaka");
        }));
        var research = await _api.PublishedAsync(owner, _api.ProfileBody(b =>
        {
            (b["kind"], b["keywords"], b["countriesOfInterest"], b["naceCodes"]) = ("research", new[] { tag }, new[] { "FR", "ES" }, Array.Empty<string>());
            (b["summaryEn"], b["summaryIt"]) = ("Horizon Europe consortium on hydrogen valleys seeks a partner", "Consorzio Horizon Europe sulle valli dell'idrogeno cerca un partner");
            (b["titleEn"], b["titleIt"]) = ("Hydrogen valleys consortium", "Consorzio per le valli dell'idrogeno");
        }));

        async Task<Guid[]> FoundAsync(string filter, string words = "") =>
            (await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}?q={tag}+{words}&{filter}&limit=200")).ReadOkAsync<Page<JsonElement>>())
                .Items.Select(PartneringApi.Id).Order().ToArray();

        Assert.Equal(new[] { grippers, research }.Order(), await FoundAsync("direction=offer"));
        Assert.Equal([distributor], await FoundAsync("kind=business"));
        Assert.Equal([research], await FoundAsync("kind=research"));
        Assert.Equal(new[] { grippers, research }.Order(), await FoundAsync("country=fr"));
        Assert.Equal([distributor], await FoundAsync("prioritySystem=FOOD"));
        Assert.Equal([grippers], await FoundAsync("nace=28"));
        Assert.Equal([distributor], await FoundAsync("nace=10.5"));
        Assert.Equal([grippers], await FoundAsync("nace=28.29"));
        Assert.Equal([distributor], await FoundAsync("", "formaggi"));
        Assert.Equal([research], await FoundAsync("", "HYDROGEN"));
        Assert.Equal([grippers], await FoundAsync("", "grippers+packaging"));
        Assert.Empty(await FoundAsync("", "grippers+cheese"));
    }

    [Fact]
    public async Task SearchSortsNewestOrExpiringSoonestAndPagesWithACursor()
    {
        var tag = "kw" + Guid.NewGuid().ToString("N")[..10];
        var owner = Guid.NewGuid();
        var later = await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["keywords"], b["expiresOn"]) = (new[] { tag }, PartneringApi.Date(_api.Today.AddDays(200)))));
        var sooner = await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["keywords"], b["expiresOn"]) = (new[] { tag }, PartneringApi.Date(_api.Today.AddDays(20)))));
        var middle = await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["keywords"], b["expiresOn"]) = (new[] { tag }, PartneringApi.Date(_api.Today.AddDays(60)))));

        async Task<List<Guid>> AllPagesAsync(string sort)
        {
            var ids = new List<Guid>();
            string? cursor = null;
            do
            {
                var page = await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}?q={tag}&sort={sort}&limit=1{(cursor is null ? "" : "&cursor=" + cursor)}"))
                    .ReadOkAsync<Page<JsonElement>>();
                ids.AddRange(page.Items.Select(PartneringApi.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            return ids;
        }

        Assert.Equal([middle, sooner, later], await AllPagesAsync("newest"));
        Assert.Equal([sooner, middle, later], await AllPagesAsync("expiring"));
    }

    [Fact]
    public async Task TheRequestedLanguageChoosesTheTexts()
    {
        var tag = "kw" + Guid.NewGuid().ToString("N")[..10];
        var id = await _api.PublishedAsync(Guid.NewGuid(), _api.ProfileBody(b => b["keywords"] = new[] { tag }));
        var request = new HttpRequestMessage(HttpMethod.Get, $"{PartneringApi.Profiles}/{id}");
        request.Headers.AcceptLanguage.ParseAdd("it");

        var response = await _api.Anonymous().SendAsync(request);

        var profile = await response.ReadOkAsync<JsonElement>();
        Assert.Equal("Pinze robotiche per imballaggio flessibile", profile.GetProperty("title").GetString());
        Assert.Equal("it", response.Content.Headers.ContentLanguage.Single());
    }

    [Theory]
    [InlineData("country=XX", "country")]
    [InlineData("prioritySystem=SPACE", "prioritySystem")]
    [InlineData("nace=00", "nace")]
    [InlineData("direction=sideways", "direction")]
    [InlineData("kind=cultural", "kind")]
    [InlineData("sort=oldest", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task ASearchWithAnUnknownValueIsRefusedNamingTheParameter(string query, string parameter)
    {
        var problem = await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([parameter], problem.ErrorFields());
    }
}
