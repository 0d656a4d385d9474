using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

public class IntakesApiTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly AcceleratorApi _api = fixture.Api;

    [Fact]
    public async Task PublishedIntakeIsPublicWithItsProvidersAndIsAnnounced()
    {
        var provider = await _api.OrganisationAsync("university", "large", innovativeStartup: false, name: "Politecnico di Torino (test)");

        var intake = await _api.PublishedIntakeAsync(provider: provider);

        var read = await (await _api.Anonymous().GetAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}")).ReadOkAsync<JsonElement>();
        Assert.Equal("open", read.GetProperty("status").GetString());
        Assert.Equal("Politecnico di Torino (test)", read.GetProperty("providers")[0].GetProperty("legalName").GetString());
        Assert.Equal(2, read.GetProperty("programmeYear").GetInt32());
        Assert.Equal("Europe/Rome", read.GetProperty("timeZone").GetString());
        Assert.Equal(["intake-published", "intake-opened"], await _api.EventsMentioningAsync(AcceleratorApi.Id(intake).ToString()));
    }

    [Fact]
    public async Task DraftIsHiddenFromEveryoneButManagers()
    {
        var body = _api.IntakeBody(await _api.OrganisationAsync("tech-park", "small", innovativeStartup: false));
        var draft = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        await (await _api.Anonymous().GetAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(draft)}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await _api.Anonymous().GetAsync("/api/accelerator/intakes?limit=200")).ReadOkAsync<JsonElement>();
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => AcceleratorApi.Id(i) == AcceleratorApi.Id(draft));
        var drafts = await (await _api.Manager().GetAsync("/api/accelerator/intakes?status=draft&limit=200")).ReadOkAsync<JsonElement>();
        Assert.Contains(drafts.GetProperty("items").EnumerateArray(), i => AcceleratorApi.Id(i) == AcceleratorApi.Id(draft));
    }

    [Fact]
    public async Task BadIntakeIsRefusedNamingEachFieldAndNothingIsStored()
    {
        var body = _api.IntakeBody(Guid.NewGuid());
        body["prioritySystems"] = new[] { "SPACE" };
        body["deadlineAt"] = "2027-03-28T02:30"; // skipped by the spring change in Rome
        body["eligibility"] = new { foundedFrom = "2024-01-01", foundedTo = "2020-01-01", provinces = new[] { "MI" } };
        var before = await _api.ChangeCountsAsync();

        var problem = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["deadlineAt", "eligibility.foundedTo", "eligibility.provinces[0]", "prioritySystems[0]"], problem.ErrorFields().Order().ToArray());
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    [Fact]
    public async Task NestedServicesAndRubricAreValidatedNamingTheirPaths()
    {
        var body = _api.IntakeBody(Guid.NewGuid());
        body["serviceMonths"] = 9;
        body["services"] = new object[] { new { kind = "training", descriptionIt = "Formazione", descriptionEn = "Training", plannedHours = 0m } };
        body["rubric"] = new[] { new { code = "1team", nameIt = "Squadra", nameEn = "Team", weight = 2m } };

        var problem = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["rubric[0].code", "serviceMonths", "services[0].plannedHours"], problem.ErrorFields().Order().ToArray());
    }

    [Fact]
    public async Task ProviderMustBeInTheDirectoryAndSpisInTheProgramme()
    {
        var unknownProvider = _api.IntakeBody(Guid.NewGuid());
        var problem = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", unknownProvider)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["providerIds[0]"], problem.ErrorFields());

        var outsidePilot = _api.IntakeBody(await _api.OrganisationAsync("incubator", "micro", innovativeStartup: false));
        outsidePilot["prioritySystems"] = new[] { "HEALTH" };
        problem = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", outsidePilot)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["prioritySystems"], problem.ErrorFields());
    }

    [Fact]
    public async Task AmendmentExtendsTheDeadlineWithAReasonAndIsAnnounced()
    {
        var intake = await _api.PublishedIntakeAsync();
        var later = intake.GetProperty("deadlineAt").GetDateTimeOffset().AddDays(7);

        var amended = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/amendments",
            new { reason = "More time for applicants after the summer", deadlineAt = AcceleratorApi.Instant(later), cohortCapacity = 5 })).ReadOkAsync<JsonElement>();

        Assert.Equal(later, amended.GetProperty("deadlineAt").GetDateTimeOffset());
        Assert.Equal(5, amended.GetProperty("cohortCapacity").GetInt32());
        Assert.Equal(2, amended.GetProperty("amendments")[0].GetProperty("changes").GetArrayLength());
        Assert.Contains("intake-amended", await _api.EventsMentioningAsync(AcceleratorApi.Id(intake).ToString()));
    }

    [Fact]
    public async Task OpenIntakesDeadlineIsNotBroughtForward()
    {
        var intake = await _api.PublishedIntakeAsync();
        var earlier = intake.GetProperty("deadlineAt").GetDateTimeOffset().AddHours(-12);

        var problem = await (await _api.Manager().PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/amendments",
            new { reason = "Trying to shorten it", deadlineAt = AcceleratorApi.Instant(earlier) })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["deadlineAt"], problem.ErrorFields());
    }

    [Fact]
    public async Task ClosingEarlyStopsApplicationsAndIsAnnouncedWithTheReason()
    {
        var intake = await _api.PublishedIntakeAsync();
        await _api.SubmittedAsync(AcceleratorApi.Id(intake));

        await _api.CloseAsync(AcceleratorApi.Id(intake));

        var organisation = await _api.OrganisationAsync();
        var refused = await (await _api.Startup(organisation).PostAsJsonAsync($"/api/accelerator/intakes/{AcceleratorApi.Id(intake)}/applications", AcceleratorApi.ApplicationBody()))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", AcceleratorApi.Code(refused));
        var closed = (await _api.PayloadsMentioningAsync(AcceleratorApi.Id(intake).ToString())).Single(e => e.Type == "intake-closed").Message;
        Assert.Equal(1, closed.GetProperty("submittedApplications").GetInt32());
        Assert.Equal("Enough applications for this pilot year", closed.GetProperty("closedEarlyReason").GetString());
    }

    [Fact]
    public async Task SecondIntakeWithTheSameCodeIsRefused()
    {
        var first = await _api.PublishedIntakeAsync();
        var body = _api.IntakeBody(first.GetProperty("providers")[0].GetProperty("organisationId").GetGuid(), first.GetProperty("code").GetString());

        var problem = await (await _api.Manager().PostAsJsonAsync("/api/accelerator/intakes", body)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("intake-code-taken", AcceleratorApi.Code(problem));
    }
}
