using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

/// <summary>
/// Alumni report their outcomes for three years after completing; the clock requests each report
/// when its year ends; late ones are visible to managers; the indicators sum what was reported.
/// </summary>
public class AlumniOutcomesTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly AcceleratorApi _api = fixture.Api;

    [Fact]
    public async Task YearlyReportsAreRequestedReportedAndSummedIntoTheIndicators()
    {
        var (intake, applications) = await _api.InSelectionAsync(3);
        var today = DateOnly.FromDateTime(_api.Clock.GetUtcNow().UtcDateTime);
        var completedOn = today.AddYears(-1).AddDays(-90); // the first year ended 90 days ago: requested, and late (due 60 days after)
        foreach (var (application, _) in applications)
        {
            await (await _api.DecideAsync(application, "admitted")).ReadOkAsync<JsonElement>();
            await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/completion",
                new { completedOn = completedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).ReadOkAsync<JsonElement>();
        }
        var intakeId = AcceleratorApi.Id(intake);

        var requested = await Eventually.Until(
            async () => await (await _api.Manager().GetAsync($"/api/accelerator/alumni-reports?intakeId={intakeId}&status=requested")).ReadOkAsync<JsonElement>(),
            page => page.GetProperty("items").GetArrayLength() == 3, Timeout, "the three first-year reports requested by the report clock");
        Assert.All(requested.GetProperty("items").EnumerateArray(), r => Assert.Equal((1, true), (r.GetProperty("year").GetInt32(), r.GetProperty("late").GetBoolean())));
        Assert.Contains("alumni-report-requested", await _api.EventsMentioningAsync(applications[0].Application.ToString()));

        await ReportAsync(applications[0].Organisation, 200_000m, 5, international: true, investment: 300_000m);
        await ReportAsync(applications[1].Organisation, 100_000m, 3, international: false, investment: 0m);

        var late = await (await _api.Manager().GetAsync($"/api/accelerator/alumni-reports?intakeId={intakeId}&late=true")).ReadOkAsync<JsonElement>();
        Assert.Equal([applications[2].Organisation], late.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organisationId").GetGuid()).ToArray());
        var suppressed = await IntakeIndicatorsAsync(intakeId);
        Assert.Equal(JsonValueKind.Null, suppressed.GetProperty("alumniYears")[0].GetProperty("turnoverEur").ValueKind); // two companies only

        await ReportAsync(applications[2].Organisation, 60_000m, 2, international: true, investment: 50_000m);

        var indicators = await IntakeIndicatorsAsync(intakeId);
        Assert.Equal(3, indicators.GetProperty("participatingStartups").GetInt32());
        Assert.Equal(3, indicators.GetProperty("completed").GetInt32());
        var year1 = indicators.GetProperty("alumniYears")[0];
        Assert.Equal((3, 360_000m, 10), (year1.GetProperty("reports").GetInt32(), year1.GetProperty("turnoverEur").GetDecimal(), year1.GetProperty("employees").GetInt32()));
        Assert.Equal(2, indicators.GetProperty("grewInInternationalMarkets").GetInt32());
        Assert.Equal(2, indicators.GetProperty("receivedPrivateInvestment").GetInt32());
        Assert.Equal(JsonValueKind.Null, indicators.GetProperty("privateInvestmentEur").ValueKind); // two investees: not published
        Assert.Contains("outcome-reported", await _api.EventsMentioningAsync(applications[2].Application.ToString()));
    }

    [Fact]
    public async Task ReportBeforeItsYearEndsIsRefusedAndOthersReportsAreNotYours()
    {
        var (_, applications) = await _api.InSelectionAsync(1);
        var (application, organisation) = applications[0];
        await (await _api.DecideAsync(application, "admitted")).ReadOkAsync<JsonElement>();
        var today = DateOnly.FromDateTime(_api.Clock.GetUtcNow().UtcDateTime);
        await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/completion",
            new { completedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).ReadOkAsync<JsonElement>();
        var reports = await (await _api.Startup(organisation).GetAsync("/api/accelerator/alumni-reports")).ReadOkAsync<JsonElement>();
        Assert.Equal([1, 2, 3], reports.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("year").GetInt32()).ToArray());
        var first = AcceleratorApi.Id(reports.GetProperty("items")[0]);

        var early = await (await _api.Startup(organisation).PutAsJsonAsync($"/api/accelerator/alumni-reports/{first}", Figures(1m, 1, false, 0m))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("report-not-due", AcceleratorApi.Code(early));
        await (await _api.Startup(Guid.NewGuid()).PutAsJsonAsync($"/api/accelerator/alumni-reports/{first}", Figures(1m, 1, false, 0m))).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task ReportAsync(Guid organisation, decimal turnover, int employees, bool international, decimal investment)
    {
        var mine = await (await _api.Startup(organisation).GetAsync("/api/accelerator/alumni-reports?year=1")).ReadOkAsync<JsonElement>();
        var report = AcceleratorApi.Id(mine.GetProperty("items")[0]);
        var answered = await (await _api.Startup(organisation).PutAsJsonAsync($"/api/accelerator/alumni-reports/{report}", Figures(turnover, employees, international, investment)))
            .ReadOkAsync<JsonElement>();
        Assert.Equal("submitted", answered.GetProperty("status").GetString());
    }

    private static object Figures(decimal turnover, int employees, bool international, decimal investment) => new
    {
        turnoverEur = turnover,
        employees,
        exportsSharePercent = international ? 20m : 0m,
        enteredNationalMarkets = true,
        enteredInternationalMarkets = international,
        countriesEntered = international ? new[] { "DE" } : Array.Empty<string>(),
        investments = investment > 0 ? new[] { new { amountEur = investment, investorKind = "venture-capital" } } : Array.Empty<object>(),
    };

    private async Task<JsonElement> IntakeIndicatorsAsync(Guid intakeId)
    {
        var all = await (await _api.Anonymous().GetAsync("/api/accelerator/indicators")).ReadOkAsync<JsonElement>();
        return all.GetProperty("byIntake").EnumerateArray().Single(i => i.GetProperty("intakeId").GetGuid() == intakeId).GetProperty("indicators");
    }
}
