using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

public class IntroductionsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly LiaisonApi _api = new(fixture);

    private Task<HttpResponseMessage> StepAsync(Guid id, string stage, string on, string? reason = null) =>
        _api.Officer().PostAsJsonAsync($"{LiaisonApi.Introductions}/{id}/outcome", new { stage, on, reason });

    [Fact]
    public async Task IntroductionClimbsTheLadderWithDatedStepsAndNeverGoesBack()
    {
        var organisation = await _api.OrganisationAsync();
        var request = LiaisonApi.Id(await _api.OpenAsync(organisation));
        var made = await _api.IntroduceAsync(organisation, request);
        var id = LiaisonApi.Id(made);
        Assert.Equal("introduced", made.GetProperty("stage").GetString());
        Assert.Equal(request, made.GetProperty("liaisonRequestId").GetGuid());

        var met = await (await StepAsync(id, "meeting-held", "2026-10-15")).ReadOkAsync<JsonElement>();
        Assert.Equal("meeting-held", met.GetProperty("stage").GetString());
        Assert.Equal("2026-10-15", met.GetProperty("meetingHeldOn").GetString());

        var back = await (await StepAsync(id, "introduced", "2026-10-16")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("introduction-step-backwards", LiaisonApi.Code(back));
        var again = await (await StepAsync(id, "meeting-held", "2026-10-16")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("introduction-step-backwards", LiaisonApi.Code(again));
        var earlier = await (await StepAsync(id, "agreement-signed", "2026-10-14")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("introduction-step-date", LiaisonApi.Code(earlier));

        var signed = await (await StepAsync(id, "agreement-signed", "2026-11-02")).ReadOkAsync<JsonElement>();
        Assert.Equal("agreement-signed", signed.GetProperty("stage").GetString());
        var dropped = await (await StepAsync(id, "dropped", "2026-11-03", "Changed their mind")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("introduction-step-backwards", LiaisonApi.Code(dropped));

        Assert.Equal(["introduction-made", "introduction-outcome-recorded", "introduction-outcome-recorded"], await _api.EventsMentioningAsync(id.ToString()));
    }

    [Fact]
    public async Task DroppingNeedsAReason()
    {
        var organisation = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.IntroduceAsync(organisation));

        var problem = await (await StepAsync(id, "dropped", "2026-10-20")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("drop-needs-reason", LiaisonApi.Code(problem));
        var dropped = await (await StepAsync(id, "dropped", "2026-10-20", "The partner chose a supplier in Poland")).ReadOkAsync<JsonElement>();
        Assert.Equal("dropped", dropped.GetProperty("stage").GetString());
        Assert.Equal("The partner chose a supplier in Poland", dropped.GetProperty("dropReason").GetString());
    }

    [Fact]
    public async Task OrganisationUsersSeeTheirOwnIntroductionsOnly()
    {
        var mine = await _api.OrganisationAsync();
        var other = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.IntroduceAsync(mine));
        await _api.IntroduceAsync(other);

        var page = await (await _api.User(mine).GetAsync($"{LiaisonApi.Introductions}?limit=100")).ReadOkAsync<Page<JsonElement>>();
        Assert.Contains(page.Items, i => LiaisonApi.Id(i) == id);
        Assert.All(page.Items, i => Assert.Equal(mine, i.GetProperty("organisationId").GetGuid()));
    }

    [Fact]
    public async Task IntroducingAnOrganisationNotInTheRegistryIsRefused()
    {
        var problem = await (await _api.Officer().PostAsJsonAsync(LiaisonApi.Introductions, LiaisonApi.IntroductionBody(Guid.NewGuid())))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("unknown-organisation", LiaisonApi.Code(problem));
    }
}
