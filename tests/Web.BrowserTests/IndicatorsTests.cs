using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>
/// The region's indicators at /indicators: every chart with its table, the public ones for a
/// visitor, the proposals' for a regional officer, and each table as a CSV that parses.
/// </summary>
[Collection(PortalTestGroup.Name)]
public sealed class IndicatorsTests(PortalFixture platform, ITestOutputHelper output)
{
    private static readonly string[] PublicFigures =
        ["clusters", "calls", "grants", "accelerator", "meet-the-corporates", "ceip-requests", "ceip-introductions", "collaborations"];

    [Fact]
    public async Task A_visitor_sees_every_public_chart_with_its_table_and_downloads_its_figures_as_csv()
    {
        await CreateDataAsync();
        await using var journey = await platform.StartJourneyAsync("indicators-visitor", output);
        var page = journey.Page;
        await journey.GotoAsync("/indicators");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Indicatori di monitoraggio");
        foreach (var figure in PublicFigures)
        {
            await Assertions.Expect(page.GetByTestId($"chart-{figure}").Locator("svg[role=img]")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId($"table-{figure}").Locator("caption")).Not.ToBeEmptyAsync();
            await Assertions.Expect(page.GetByTestId($"csv-{figure}")).ToHaveAttributeAsync("href", $"/indicators/{figure}.csv");
        }
        await Assertions.Expect(page.GetByTestId("table-clusters").GetByRole(AriaRole.Rowheader, new() { Name = "CLEVER", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-clusters").Locator("svg")).ToContainTextAsync("CLEVER");
        await Assertions.Expect(page.GetByTestId("table-collaborations").GetByRole(AriaRole.Rowheader, new() { Name = "Giappone" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-collaborations").Locator("svg")).ToContainTextAsync("Giappone");
        await Assertions.Expect(page.GetByTestId("table-calls").GetByRole(AriaRole.Rowheader, new() { Name = "Aperto" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("restricted-proposals").GetByRole(AriaRole.Link, new() { Name = "Accedi per vedere le proposte per stato" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-proposals")).ToHaveCountAsync(0);
        await journey.StepAsync("indicators for a visitor, in Italian");

        // The table's link, fetched with the browser's cookies: an attachment, UTF-8 with a byte-order mark, a header row, the country by name.
        var link = page.GetByTestId("csv-collaborations");
        await Assertions.Expect(link).ToHaveAccessibleNameAsync(new Regex(@"^Scarica i dati in CSV \(Collaborazioni per paese del partner\)$"));
        await Assertions.Expect(link).ToHaveAttributeAsync("download", "collaborations.csv");
        var file = await page.APIRequest.GetAsync(platform.PortalAddress + await link.GetAttributeAsync("href"));
        Assert.Equal(200, file.Status);
        Assert.Contains("attachment", file.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("collaborations.csv", file.Headers["content-disposition"], StringComparison.Ordinal);
        var bytes = await file.BodyAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Paese", "Codice ISO", "Collaborazioni"], records[0]);
        var japan = records.Single(r => r[1] == "JP");
        Assert.Equal("Giappone", japan[0]);
        Assert.True(int.Parse(japan[2], CultureInfo.InvariantCulture) >= 1);

        // Every public table parses, every record as wide as its header; numbers invariant.
        foreach (var figure in PublicFigures)
        {
            var response = await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/{figure}.csv");
            Assert.Equal(200, response.Status);
            Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);
            var table = ParseCsv(Encoding.UTF8.GetString((await response.BodyAsync())[3..]));
            Assert.All(table, record => Assert.Equal(table[0].Count, record.Count));
        }
        var grants = ParseCsv(Encoding.UTF8.GetString((await (await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/grants.csv")).BodyAsync())[3..]));
        Assert.All(grants.Skip(1), record => Assert.True(decimal.TryParse(record[1], NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _), record[1]));

        // The proposals' figures are the officers': a visitor is sent to sign in, not given the file.
        var refused = await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/proposals.csv", new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.DoesNotContain("text/csv", refused.Headers.GetValueOrDefault("content-type") ?? "", StringComparison.Ordinal);
        var unknown = await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/nothing.csv");
        Assert.Equal(404, unknown.Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Monitoring indicators");
        await Assertions.Expect(page.GetByTestId("table-collaborations").GetByRole(AriaRole.Rowheader, new() { Name = "Japan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("chart-calls").Locator("svg")).ToContainTextAsync("Open");
        await journey.StepAsync("indicators for a visitor, in English");
        // Close-ups, to read the charts at their size.
        await page.GetByTestId("figure-clusters").ScreenshotAsync(new() { Path = Path.Combine(journey.ScreenshotFolder, "figure-clusters.png") });
        await page.GetByTestId("figure-grants").ScreenshotAsync(new() { Path = Path.Combine(journey.ScreenshotFolder, "figure-grants.png") });
    }

    [Fact]
    public async Task A_regional_officer_also_sees_the_proposals_by_stage_and_downloads_them()
    {
        var officer = PlatformFixture.People.Single(p => p.Role == Roles.RegionalOfficer);
        await using var journey = await platform.StartJourneyAsync("indicators-officer", output);
        var page = journey.Page;
        await journey.SignInAsync(officer.Email, officer.Password);
        await journey.GotoAsync("/indicators");

        await Assertions.Expect(page.GetByTestId("chart-proposals").Locator("svg[role=img]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("table-proposals").GetByRole(AriaRole.Rowheader, new() { Name = "Finanziata" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("restricted-proposals")).ToHaveCountAsync(0);
        await journey.StepAsync("indicators for a regional officer");

        var response = await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/proposals.csv", new() { MaxRedirects = 0 });
        Assert.Equal(200, response.Status);
        var records = ParseCsv(Encoding.UTF8.GetString((await response.BodyAsync())[3..]));
        Assert.Equal(["Stato", "Proposte", "Contributi (€)", "di cui quota UE (€)"], records[0]);
        Assert.Equal(10, records.Count);   // the header and the nine stages of a proposal
    }

    [Fact]
    public async Task Staff_without_the_officers_role_are_told_the_proposals_are_not_theirs()
    {
        var manager = PlatformFixture.People.Single(p => p.Role == Roles.ClusterManager);
        await using var journey = await platform.StartJourneyAsync("indicators-cluster-manager", output);
        var page = journey.Page;
        await journey.SignInAsync(manager.Email, manager.Password);
        await journey.GotoAsync("/indicators");

        await Assertions.Expect(page.GetByTestId("restricted-proposals")).ToContainTextAsync("il tuo profilo non ha questo ruolo");
        await Assertions.Expect(page.GetByTestId("chart-clusters").Locator("svg[role=img]")).ToBeVisibleAsync();
        await journey.StepAsync("indicators for a cluster manager");

        var refused = await page.APIRequest.GetAsync($"{platform.PortalAddress}/indicators/proposals.csv", new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/access-denied", refused.Headers["location"], StringComparison.Ordinal);
    }

    /// <summary>Something in each register: an SME member of CLEVER, an open call, a collaboration with a Japanese partner.</summary>
    private async Task CreateDataAsync()
    {
        using var organisationUser = platform.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        var sme = await (await organisationUser.PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = "Indicatori SRL " + Guid.NewGuid().ToString("N")[..8],
            vatNumber = TestData.VatNumber(),
            kind = "enterprise",
            province = "TO",
            headcount = 12,
            turnoverEur = 1_500_000m,
            prioritySystems = new[] { "GREEN_TECH" },
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var smeId = sme.GetProperty("id").GetGuid();
        using var applicant = platform.CreateClient().WithToken(Roles.OrganisationUser, smeId);
        var membership = await (await applicant.PostAsJsonAsync($"/api/registry/organisations/{smeId}/memberships", new { clusterCode = PlatformFixture.ManagedCluster }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        using var manager = platform.CreateClient().WithToken(Roles.ClusterManager, clusterCode: PlatformFixture.ManagedCluster);
        await (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.GetProperty("id").GetGuid()}/approve", new { note = "benvenuti" })).ReadOkAsync<JsonElement>();

        using var officer = platform.CreateClient().WithToken(Roles.RegionalOfficer);
        var draft = await (await officer.PostAsJsonAsync("/api/funding/calls", new
        {
            code = "IND-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            titleIt = "Bando per gli indicatori", titleEn = "Call for the indicators", textIt = "Testo", textEn = "Text",
            instrument = "feasibility-study",
            eligibleKinds = new[] { "enterprise" },
            eligibleSizeClasses = new[] { "micro", "small", "medium" },
            endorsementRequired = false,
            consortium = new { minParticipants = 1, maxParticipants = 3, requiresSme = true },
            minGrantEur = 10_000m, maxGrantEur = 100_000m, budgetEur = 400_000m,
            opensAt = Instant(DateTimeOffset.UtcNow.AddHours(-1)),
            deadlineAt = Instant(DateTimeOffset.UtcNow.AddDays(30)),
            criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 6m } },
            passThreshold = 60m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await officer.PostAsync($"/api/funding/calls/{draft.GetProperty("id").GetGuid()}/publish", null)).ReadOkAsync<JsonElement>();

        using var ceip = platform.CreateClient().WithToken(Roles.CeipOfficer);
        await (await ceip.PostAsJsonAsync("/api/internationalisation/collaborations", new
        {
            clusterCode = PlatformFixture.ManagedCluster, kind = "mou", title = "Hydrogen valleys " + Guid.NewGuid().ToString("N")[..6],
            partnerName = "Kansai Hydrogen Cluster", partnerRegion = "Kansai", partnerCountry = "JP", startsOn = "2027-02-01",
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    /// <summary>An RFC 4180 reader, independent of the portal's writer: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.True(field.Length == 0 && record.Count == 0, "the last record ends with CRLF");
        return records;
    }
}
