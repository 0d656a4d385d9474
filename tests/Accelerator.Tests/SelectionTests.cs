using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

public class SelectionTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly AcceleratorApi _api = fixture.Api;

    [Fact]
    public async Task ScreeningWaitsForTheIntakeToClose()
    {
        var intake = await _api.PublishedIntakeAsync();
        var (application, _) = await _api.SubmittedAsync(AcceleratorApi.Id(intake));

        var problem = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/screening", new { eligible = true }))
            .ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("invalid-transition", AcceleratorApi.Code(problem));
    }

    [Fact]
    public async Task IneligibleNeedsAReasonTheApplicantReads()
    {
        var intake = await _api.PublishedIntakeAsync();
        var (application, organisation) = await _api.SubmittedAsync(AcceleratorApi.Id(intake));
        await _api.CloseAsync(AcceleratorApi.Id(intake));

        var noReason = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/screening", new { eligible = false }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], noReason.ErrorFields());

        await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/screening", new { eligible = false, reason = "Not yet incorporated" }))
            .ReadOkAsync<JsonElement>();
        var own = await (await _api.Startup(organisation).GetAsync($"/api/accelerator/applications/{application}")).ReadOkAsync<JsonElement>();
        Assert.Equal(("ineligible", "Not yet incorporated"), (own.GetProperty("status").GetString(), own.GetProperty("screeningReason").GetString()));
    }

    [Fact]
    public async Task ReviewerFromTheApplicantOrAShareholderIsRefused()
    {
        var shareholder = await _api.OrganisationAsync("tech-park", "small", innovativeStartup: false, name: "Shareholder park (test)");
        var intake = await _api.PublishedIntakeAsync();
        var (application, applicant) = await _api.SubmittedAsync(AcceleratorApi.Id(intake), AcceleratorApi.ApplicationBody(shareholders: shareholder));
        await _api.CloseAsync(AcceleratorApi.Id(intake));
        await _api.ScreenEligibleAsync(application);
        var colleague = await RegisterReviewerAsync("colleague-" + Guid.NewGuid().ToString("N")[..6], applicant);
        var fromShareholder = await RegisterReviewerAsync("holder-" + Guid.NewGuid().ToString("N")[..6], shareholder);

        foreach (var reviewer in new[] { colleague, fromShareholder })
        {
            var problem = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/reviews", new { reviewerId = reviewer }))
                .ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("conflict-of-interest", AcceleratorApi.Code(problem));
        }
        var problemDetail = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/reviews", new { reviewerId = fromShareholder }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Shareholder park (test), a shareholder", problemDetail.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoresGiveTheWeightedRubricAverageAndOnlyTheAssignedReviewerScores()
    {
        var (intake, applications) = await _api.InSelectionAsync(1);
        var application = applications[0].Application;
        var subject = "expert-" + Guid.NewGuid().ToString("N")[..6];
        var other = "other-" + Guid.NewGuid().ToString("N")[..6];
        var reviewer = await RegisterReviewerAsync(subject, null);
        await RegisterReviewerAsync(other, null);
        var review = AcceleratorApi.Id(await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{application}/reviews", new { reviewerId = reviewer }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var sheet = new { scores = new[] { new { criterion = "team", score = 9m, comment = "Complementary founders" }, new { criterion = "market", score = 6m, comment = "Crowded market" } } };

        var notAssigned = await (await _api.Reviewer(other).PutAsJsonAsync($"/api/accelerator/reviews/{review}/scores", sheet)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("not-assigned", AcceleratorApi.Code(notAssigned));
        var scored = await (await _api.Reviewer(subject).PutAsJsonAsync($"/api/accelerator/reviews/{review}/scores", sheet)).ReadOkAsync<JsonElement>();

        Assert.Equal(8m, scored.GetProperty("weightedScore").GetDecimal()); // (9×2 + 6×1) / 3
        var ranking = await (await _api.Manager().GetAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/ranking")).ReadOkAsync<JsonElement>();
        var entry = ranking.GetProperty("items")[0];
        Assert.Equal((8m, 1, 1), (entry.GetProperty("score").GetDecimal(), entry.GetProperty("reviewsDone").GetInt32(), entry.GetProperty("reviewsAssigned").GetInt32()));
        var mine = await (await _api.Reviewer(subject).GetAsync("/api/accelerator/reviews")).ReadOkAsync<JsonElement>();
        Assert.Equal([review], mine.GetProperty("items").EnumerateArray().Select(AcceleratorApi.Id).ToArray());
    }

    [Fact]
    public async Task ConcurrentAdmissionsNeverExceedTheCohortsCapacity()
    {
        var (intake, applications) = await _api.InSelectionAsync(8);

        var answers = await Task.WhenAll(applications.Select(a => _api.DecideAsync(a.Application, "admitted")));

        Assert.Equal(3, answers.Count(r => r.StatusCode == HttpStatusCode.OK));
        foreach (var refused in answers.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal("cohort-full", AcceleratorApi.Code(await refused.ReadProblemAsync(HttpStatusCode.Conflict)));
        }
        var ranking = await (await _api.Manager().GetAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/ranking")).ReadOkAsync<JsonElement>();
        Assert.Equal(3, ranking.GetProperty("seatsTaken").GetInt32());
        Assert.Equal(3, ranking.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("status").GetString() == "admitted"));
    }

    [Fact]
    public async Task DropOutMovesTheFirstOfTheWaitListUpAndAnnouncesIt()
    {
        var (intake, applications) = await _api.InSelectionAsync(5, b => b["cohortCapacity"] = 2);
        var ids = applications.Select(a => a.Application).ToList();
        await (await _api.DecideAsync(ids[0], "admitted")).ReadOkAsync<JsonElement>();
        await (await _api.DecideAsync(ids[1], "admitted")).ReadOkAsync<JsonElement>();
        var second = await (await _api.DecideAsync(ids[3], "wait-listed")).ReadOkAsync<JsonElement>();
        var first = await (await _api.DecideAsync(ids[2], "wait-listed")).ReadOkAsync<JsonElement>();
        Assert.Equal((1, 2), (second.GetProperty("waitListPosition").GetInt32(), first.GetProperty("waitListPosition").GetInt32()));

        await (await _api.Startup(applications[0].Organisation).PostAsJsonAsync($"/api/accelerator/applications/{ids[0]}/drop-out",
            new { droppedOutOn = "2026-12-01", reason = "Founders split up" })).ReadOkAsync<JsonElement>();

        Assert.Equal("admitted", (await _api.ApplicationAsync(ids[3])).GetProperty("status").GetString());
        Assert.Equal("wait-listed", (await _api.ApplicationAsync(ids[2])).GetProperty("status").GetString());
        var admitted = (await _api.PayloadsMentioningAsync(ids[3].ToString())).Single(e => e.Type == "startup-admitted").Message;
        Assert.True(admitted.GetProperty("fromWaitList").GetBoolean());
        Assert.Equal(["DE", "FR"], admitted.GetProperty("targetCountries").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public async Task AdmissionWithoutConsentKeepsAmbitionsAndPitchInTheAccelerator()
    {
        var intake = await _api.PublishedIntakeAsync();
        var (application, _) = await _api.SubmittedAsync(AcceleratorApi.Id(intake), AcceleratorApi.ApplicationBody(shareWithCeip: false));
        await _api.CloseAsync(AcceleratorApi.Id(intake));
        await _api.ScreenEligibleAsync(application);

        await (await _api.DecideAsync(application, "admitted")).ReadOkAsync<JsonElement>();

        var admitted = (await _api.PayloadsMentioningAsync(application.ToString())).Single(e => e.Type == "startup-admitted").Message;
        Assert.False(admitted.GetProperty("shareWithCeip").GetBoolean());
        Assert.Equal(0, admitted.GetProperty("targetCountries").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, admitted.GetProperty("pitchEn").ValueKind);
    }

    [Fact]
    public async Task CohortCompletesWhenEveryStartupCompletedOrDroppedOut()
    {
        var (intake, applications) = await _api.InSelectionAsync(3, b => b["cohortCapacity"] = 2);
        var ids = applications.Select(a => a.Application).ToList();
        await (await _api.DecideAsync(ids[0], "admitted")).ReadOkAsync<JsonElement>();
        await (await _api.DecideAsync(ids[1], "admitted")).ReadOkAsync<JsonElement>();
        await (await _api.DecideAsync(ids[2], "wait-listed")).ReadOkAsync<JsonElement>();
        var provider = intake.GetProperty("providers")[0].GetProperty("organisationId").GetGuid();
        await (await _api.Startup(provider).PostAsJsonAsync($"/api/accelerator/applications/{ids[0]}/services",
            new { kind = "training", hours = 15m, providerId = provider, deliveredOn = "2026-12-10" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{ids[0]}/completion", new { completedOn = "2027-04-30" })).ReadOkAsync<JsonElement>();
        await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/applications/{ids[1]}/completion", new { completedOn = "2027-04-30" })).ReadOkAsync<JsonElement>();

        var cohort = await (await _api.Manager().GetAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/cohort")).ReadOkAsync<JsonElement>();
        Assert.NotEqual(JsonValueKind.Null, cohort.GetProperty("completedAt").ValueKind);
        var member = cohort.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("applicationId").GetGuid() == ids[0]);
        Assert.Equal(50m, member.GetProperty("progressPercent").GetDecimal()); // 15 of 20 training hours + 0 of 10 consulting = 15/30
        Assert.Equal("rejected", (await _api.ApplicationAsync(ids[2])).GetProperty("status").GetString());
        var completed = (await _api.PayloadsMentioningAsync(AcceleratorApi.Id(intake).ToString())).Single(e => e.Type == "cohort-completed").Message;
        Assert.Equal(2, completed.GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task ProviderLogsOnlyItsOwnServices()
    {
        var (intake, applications) = await _api.InSelectionAsync(1);
        await (await _api.DecideAsync(applications[0].Application, "admitted")).ReadOkAsync<JsonElement>();
        var provider = intake.GetProperty("providers")[0].GetProperty("organisationId").GetGuid();

        var notAProvider = await (await _api.Startup(Guid.NewGuid()).PostAsJsonAsync($"/api/accelerator/applications/{applications[0].Application}/services",
            new { kind = "training", hours = 2m, providerId = provider, deliveredOn = "2026-12-10" })).ReadProblemAsync(HttpStatusCode.NotFound);
        var notInCatalogue = await (await _api.Startup(provider).PostAsJsonAsync($"/api/accelerator/applications/{applications[0].Application}/services",
            new { kind = "networking", hours = 2m, providerId = provider, deliveredOn = "2026-12-10" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(404, notAProvider.GetProperty("status").GetInt32());
        Assert.Equal(["kind"], notInCatalogue.ErrorFields());
    }

    private async Task<Guid> RegisterReviewerAsync(string subject, Guid? organisationId) =>
        AcceleratorApi.Id(await (await _api.Manager().PostAsJsonAsync("/api/accelerator/reviewers", new { subject, name = "Reviewer " + subject, organisationId }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created));
}
