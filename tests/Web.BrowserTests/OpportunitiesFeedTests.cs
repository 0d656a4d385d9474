using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using Xunit.Abstractions;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>The home page's opportunities feed: a visitor filters it and reaches an item's page.</summary>
[Collection(PortalTestGroup.Name)]
public sealed class OpportunitiesFeedTests(PortalFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task A_visitor_filters_the_feed_by_kind_and_reaches_the_calls_page()
    {
        var tag = "FEED" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var forEnterprises = await PublishCallAsync(tag, "imprese", "enterprises", ["enterprise"]);
        var forUniversities = await PublishCallAsync(tag, "università", "universities", ["university"]);

        await using var journey = await platform.StartJourneyAsync("opportunities-feed", output);
        var page = journey.Page;
        var cards = page.GetByTestId("opportunity");
        await Eventually.Until(async () =>
        {
            await journey.GotoAsync($"/?q={tag}");
            return await cards.CountAsync() == 2;
        }, TimeSpan.FromSeconds(30), "both calls on the home page");
        await journey.StepAsync("the feed, searched");

        await page.GetByLabel("Tipo di organizzazione").SelectOptionAsync("enterprise");
        await page.GetByLabel("Tipo", new() { Exact = true }).SelectOptionAsync("call");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra le opportunità" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("kind=enterprise", StringComparison.Ordinal));
        await Assertions.Expect(cards).ToHaveCountAsync(1);
        await Assertions.Expect(cards.First).ToContainTextAsync("Ammissibile per il profilo indicato");
        await Assertions.Expect(cards.First).ToContainTextAsync("Bando");
        await journey.StepAsync("filtered for an enterprise");

        var link = page.GetByRole(AriaRole.Link, new() { Name = $"Bando {tag} per imprese" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/calls/{forEnterprises}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Bando {tag} per università" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Scadenze di queste opportunità nel tuo calendario (iCalendar)" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/opportunities/deadlines\\.ics\\?.*kind=enterprise"));
        await link.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/calls/{forEnterprises}");
        Assert.NotEqual(forEnterprises, forUniversities);
    }

    /// <summary>A regional officer drafts and publishes an open call through the gateway; the funding service announces it.</summary>
    private async Task<Guid> PublishCallAsync(string tag, string forIt, string forEn, string[] kinds)
    {
        var officer = platform.CreateClient().WithToken(Roles.RegionalOfficer);
        var draft = await (await officer.PostAsJsonAsync("/api/funding/calls", new
        {
            code = $"{tag}-{kinds[0][..3].ToUpperInvariant()}",
            titleIt = $"Bando {tag} per {forIt}", titleEn = $"Call {tag} for {forEn}", textIt = "Testo", textEn = "Text",
            instrument = "collaborative-rd-project",
            eligibleKinds = kinds,
            eligibleSizeClasses = Array.Empty<string>(),
            eligiblePrioritySystems = Array.Empty<string>(),
            endorsementRequired = false,
            consortium = new { minParticipants = 1, maxParticipants = 3, requiresSme = false },
            minGrantEur = 10_000m, maxGrantEur = 200_000m, budgetEur = 500_000m,
            opensAt = Instant(DateTimeOffset.UtcNow.AddHours(-1)),
            deadlineAt = Instant(DateTimeOffset.UtcNow.AddDays(3)),
            criteria = new[] { new { code = "quality", nameIt = "Qualità", nameEn = "Quality", weight = 100m, maxScore = 10m, threshold = 6m } },
            passThreshold = 60m,
        })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var callId = draft.GetProperty("id").GetGuid();
        await (await officer.PostAsync($"/api/funding/calls/{callId}/publish", null)).ReadOkAsync<JsonElement>();
        return callId;
    }

    private static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
