using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.Internationalisation.Apis.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

/// <summary>On its own database (one fixture per class), so the counts are exactly this test's.</summary>
public class LiaisonIndicatorsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly LiaisonApi _api = new(fixture);

    [Fact]
    public async Task IndicatorsCountRequestsByKindCountryAndOutcomeAndIntroductionsByStage()
    {
        var organisation = await _api.OrganisationAsync();
        var closed = LiaisonApi.Id(await _api.OpenAsync(organisation));
        var declined = LiaisonApi.Id(await _api.OpenAsync(organisation, b => { b["kind"] = "trade-mission"; b["targetCountries"] = new[] { "US" }; }));
        await _api.OpenAsync(organisation, b => b["kind"] = "partner-search");
        await (await _api.AssessAsync(closed, "accepted")).ReadOkAsync<JsonElement>();
        await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{closed}/assignment", new { officerSubject = "ceip-officer-1", officerName = "Chiara Neri" }))
            .ReadOkAsync<JsonElement>();
        await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{closed}/closure", new { outcome = "achieved", text = "A distributor signed in Munich" }))
            .ReadOkAsync<JsonElement>();
        await (await _api.AssessAsync(declined, "declined", "Not an export project")).ReadOkAsync<JsonElement>();
        await _api.IntroduceAsync(organisation, closed);

        var now = DateTimeOffset.UtcNow;
        var indicators = await fixture.Service.QueryAsync<InternationalisationDbContext, LiaisonIndicatorsResponse>(db => LiaisonIndicators.ComputeAsync(db, now, now.Year, default));

        Assert.Equal(3, indicators.Requests);
        Assert.Equal(1, indicators.RequestsByKind["trade-mission"]);
        Assert.Equal(1, indicators.RequestsByKind["foreign-market-entry"]);
        Assert.Equal(2, indicators.RequestsByCountry["DE"]);
        Assert.Equal(1, indicators.RequestsByCountry["US"]);
        Assert.Equal(1, indicators.RequestsByOutcome["achieved"]);
        Assert.Equal(1, indicators.RequestsByOutcome["declined"]);
        Assert.Equal(1, indicators.RequestsByOutcome["open"]);
        Assert.Equal(0, indicators.MedianWorkingDaysToAssessment);
        Assert.NotNull(indicators.MedianHoursToClosure);
        Assert.Equal(1, indicators.Introductions);
        Assert.Equal(1, indicators.IntroductionsByOutcome["introduced"]);
    }
}
