using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

public class ApplicationsApiTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly AcceleratorApi _api = fixture.Api;

    [Fact]
    public async Task SubmissionGivesAReceiptAndIsAnnounced()
    {
        var intake = await _api.PublishedIntakeAsync();
        var organisation = await _api.OrganisationAsync();
        var draft = await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), organisation);

        var submitted = await (await _api.SubmitAsync(AcceleratorApi.Id(draft), organisation)).ReadOkAsync<JsonElement>();

        Assert.True(submitted.GetProperty("eligible").GetBoolean());
        var receipt = submitted.GetProperty("receipt");
        Assert.Equal(1, receipt.GetProperty("version").GetInt32());
        Assert.Equal(64, receipt.GetProperty("contentHash").GetString()!.Length);
        Assert.Equal("submitted", submitted.GetProperty("application").GetProperty("status").GetString());
        Assert.Equal(["application-submitted"], await _api.EventsMentioningAsync(AcceleratorApi.Id(draft).ToString()));
    }

    [Fact]
    public async Task IneligibleApplicantIsToldEveryFailingRule()
    {
        var intake = await _api.PublishedIntakeAsync(b =>
            b["eligibility"] = new { kinds = new[] { "enterprise" }, innovativeStartupsOnly = true, foundedFrom = "2022-01-01", foundedTo = "2025-12-31", provinces = new[] { "CN", "AT" } });
        var organisation = await _api.OrganisationAsync(sizeClass: "large", innovativeStartup: false, province: "TO", foundedOn: new DateOnly(1990, 1, 1));
        var draft = await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), organisation, AcceleratorApi.ApplicationBody(prioritySystem: "MANUFACTURING"));

        var submitted = await (await _api.SubmitAsync(AcceleratorApi.Id(draft), organisation)).ReadOkAsync<JsonElement>();

        Assert.False(submitted.GetProperty("eligible").GetBoolean());
        var rules = submitted.GetProperty("application").GetProperty("eligibilityFailures").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).Order().ToArray();
        Assert.Equal(["founding-date-not-eligible", "not-innovative-startup", "priority-system-not-eligible", "province-not-eligible"], rules);
    }

    [Fact]
    public async Task DeadlineCountsToTheInstantAndALateSubmissionChangesNothing()
    {
        var intake = await _api.PublishedIntakeAsync();
        var deadline = intake.GetProperty("deadlineAt").GetDateTimeOffset();
        var onTime = await _api.OrganisationAsync();
        var late = await _api.OrganisationAsync();
        var onTimeDraft = AcceleratorApi.Id(await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), onTime));
        var lateDraft = AcceleratorApi.Id(await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), late));
        try
        {
            var atDeadline = new HttpRequestMessage(HttpMethod.Post, $"/api/accelerator/applications/{onTimeDraft}/submit").StampedAt(deadline);
            _api.Clock.Set(deadline.AddSeconds(2));
            await (await _api.Startup(onTime).SendAsync(atDeadline)).ReadOkAsync<JsonElement>();

            // The intake clock closes the intake within a second; let it, so the counts below see only the late request.
            await Eventually.Until(async () => (await _api.EventsMentioningAsync(AcceleratorApi.Id(intake).ToString())).Contains("intake-closed"),
                TimeSpan.FromSeconds(20), "the intake clock to close the intake");
            var before = await _api.ChangeCountsAsync();
            var oneTickLate = new HttpRequestMessage(HttpMethod.Post, $"/api/accelerator/applications/{lateDraft}/submit").StampedAt(deadline.AddTicks(1));
            var problem = await (await _api.Startup(late).SendAsync(oneTickLate)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

            Assert.Equal("deadline-passed", AcceleratorApi.Code(problem));
            Assert.StartsWith($"Intake {intake.GetProperty("code").GetString()} closed at", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Equal(before, await _api.ChangeCountsAsync());
            Assert.Equal("draft", (await _api.ApplicationAsync(lateDraft)).GetProperty("status").GetString());
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task NotYetOpenIntakeTakesDraftsButNotSubmissions()
    {
        var intake = await _api.PublishedIntakeAsync(b => b["opensAt"] = AcceleratorApi.Instant(_api.Clock.GetUtcNow().AddHours(2)));
        var organisation = await _api.OrganisationAsync();
        var draft = await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), organisation);

        var problem = await (await _api.SubmitAsync(AcceleratorApi.Id(draft), organisation)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("intake-not-open", AcceleratorApi.Code(problem));
        Assert.Equal("forthcoming", intake.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OneApplicationPerOrganisationAndIntake()
    {
        var intake = await _api.PublishedIntakeAsync();
        var organisation = await _api.OrganisationAsync();
        await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), organisation);

        var problem = await (await _api.Startup(organisation).PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/applications", AcceleratorApi.ApplicationBody()))
            .ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("application-already-exists", AcceleratorApi.Code(problem));
    }

    [Fact]
    public async Task BadApplicationIsRefusedNamingEachField()
    {
        var intake = await _api.PublishedIntakeAsync();
        var organisation = await _api.OrganisationAsync();
        var body = new
        {
            team = new[] { new { name = "G", role = "CEO", fte = 2m, founder = true } },
            prioritySystem = "SPACE",
            stage = "unicorn",
            traction = new { revenueEur = -1m, users = 0, fundingRaisedEur = 0m },
            targetCountries = new[] { "XX" },
            shareWithCeip = true,
        };

        var problem = await (await _api.Startup(organisation).PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/applications", body))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("stage", problem.ErrorFields());
    }

    [Fact]
    public async Task ValidButWrongApplicationIsRefusedNamingEachField()
    {
        var intake = await _api.PublishedIntakeAsync();
        var organisation = await _api.OrganisationAsync();
        var body = new
        {
            team = new[] { new { name = "G", role = "CEO", fte = 2m, founder = true } },
            prioritySystem = "SPACE",
            stage = "mvp",
            traction = new { revenueEur = -1m, users = 0, fundingRaisedEur = 0m },
            targetCountries = new[] { "XX" },
            shareWithCeip = true,
        };

        var problem = await (await _api.Startup(organisation).PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/applications", body))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["prioritySystem", "targetCountries[0]", "team[0].fte", "team[0].name", "traction.revenueEur"], problem.ErrorFields().Order().ToArray());
    }

    [Fact]
    public async Task ApplicantReadsItsOwnApplicationOthersDoNot()
    {
        var intake = await _api.PublishedIntakeAsync();
        var (application, organisation) = await _api.SubmittedAsync(AcceleratorApi.Id(intake));

        var own = await (await _api.Startup(organisation).GetAsync($"/api/accelerator/applications/{application}")).ReadOkAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, own.GetProperty("score").ValueKind);
        await (await _api.Startup(Guid.NewGuid()).GetAsync($"/api/accelerator/applications/{application}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var list = await (await _api.Startup(organisation).GetAsync("/api/accelerator/applications")).ReadOkAsync<JsonElement>();
        Assert.Equal([application], list.GetProperty("items").EnumerateArray().Select(AcceleratorApi.Id).ToArray());
    }

    [Fact]
    public async Task WithdrawnApplicationMakesRoomForANewOne()
    {
        var intake = await _api.PublishedIntakeAsync();
        var (application, organisation) = await _api.SubmittedAsync(AcceleratorApi.Id(intake));

        var withdrawn = await (await _api.Startup(organisation).PostAsJsonAsync($"/api/accelerator/applications/{application}/withdraw", new { reason = "We joined another programme" }))
            .ReadOkAsync<JsonElement>();

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        await _api.DraftApplicationAsync(AcceleratorApi.Id(intake), organisation);
    }
}
