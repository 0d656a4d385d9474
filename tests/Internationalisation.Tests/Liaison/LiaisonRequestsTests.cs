using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Liaison;

public class LiaisonRequestsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly LiaisonApi _api = new(fixture);

    [Fact]
    public async Task RequestGoesFromNewThroughAssessmentAndWorkToClosedWithItsEventsInTheOutbox()
    {
        var organisation = await _api.OrganisationAsync();
        var opened = await _api.OpenAsync(organisation);
        var id = LiaisonApi.Id(opened);
        Assert.Equal("new", opened.GetProperty("status").GetString());
        Assert.Equal("organisation", opened.GetProperty("source").GetString());
        Assert.False(opened.GetProperty("flagged").GetBoolean());

        var accepted = await (await _api.AssessAsync(id, "accepted")).ReadOkAsync<JsonElement>();
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        var assigned = await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/assignment",
            new { officerSubject = "ceip-officer-2", officerName = "Chiara Neri" })).ReadOkAsync<JsonElement>();
        Assert.Equal("in-progress", assigned.GetProperty("status").GetString());
        Assert.Equal("ceip-officer-2", assigned.GetProperty("officerSubject").GetString());

        await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/notes", new { text = "Three distributors shortlisted", visibleToRequester = true }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/notes", new { text = "Distributor B has a poor record", visibleToRequester = false }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var seenByRequester = await (await _api.User(organisation).GetAsync($"{LiaisonApi.Requests}/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal(["Three distributors shortlisted"], seenByRequester.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray());
        Assert.Equal(2, (await _api.GetAsync(id)).GetProperty("notes").GetArrayLength());

        var closed = await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/closure",
            new { outcome = "partly", text = "Two meetings held with Bavarian distributors; one trial order" })).ReadOkAsync<JsonElement>();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("partly", closed.GetProperty("outcome").GetString());

        Assert.Equal(["liaison-request-opened", "liaison-request-assessed", "liaison-request-closed"], await _api.EventsMentioningAsync(id.ToString()));
    }

    [Fact]
    public async Task RequesterWritesNotesCeipReadsAndWithdrawsWithAReasonAnnouncedAsAClosure()
    {
        var organisation = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.OpenAsync(organisation));
        await (await _api.AssessAsync(id, "accepted")).ReadOkAsync<JsonElement>();

        var note = await (await _api.User(organisation).PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/requester-notes",
            new { text = "Our catalogue in German is attached to the shared folder" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.True(note.GetProperty("visibleToRequester").GetBoolean());
        Assert.Equal(["Our catalogue in German is attached to the shared folder"],
            (await _api.GetAsync(id)).GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray());

        var noReason = await (await _api.User(organisation).PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/withdrawal", new { reason = "" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal("accepted", (await _api.GetAsync(id)).GetProperty("status").GetString());

        var withdrawn = await (await _api.User(organisation).PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/withdrawal",
            new { reason = "We signed with a distributor met at a fair" })).ReadOkAsync<JsonElement>();
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal("withdrawn", withdrawn.GetProperty("outcome").GetString());
        Assert.Equal("We signed with a distributor met at a fair", withdrawn.GetProperty("outcomeText").GetString());
        Assert.Equal(["liaison-request-opened", "liaison-request-assessed", "liaison-request-closed"], await _api.EventsMentioningAsync(id.ToString()));

        var again = await (await _api.User(organisation).PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/withdrawal", new { reason = "Withdrawing twice" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", LiaisonApi.Code(again));
        var closure = await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/closure", new { outcome = "withdrawn", text = "Closing as withdrawn" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(closure.GetProperty("errors").TryGetProperty("outcome", out _));
    }

    [Fact]
    public async Task DecliningWithoutAReasonIsRefusedAndWithOneIsRecorded()
    {
        var id = LiaisonApi.Id(await _api.OpenAsync(await _api.OrganisationAsync()));

        var problem = await (await _api.AssessAsync(id, "declined")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("decline-needs-reason", LiaisonApi.Code(problem));
        Assert.Equal("new", (await _api.GetAsync(id)).GetProperty("status").GetString());

        var declined = await (await _api.AssessAsync(id, "declined", "Outside CEIP's remit: a purely domestic sale")).ReadOkAsync<JsonElement>();
        Assert.Equal("declined", declined.GetProperty("status").GetString());
        Assert.Equal("Outside CEIP's remit: a purely domestic sale", declined.GetProperty("declineReason").GetString());
        var again = await (await _api.AssessAsync(id, "accepted")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", LiaisonApi.Code(again));
    }

    [Fact]
    public async Task RequestMissingItsKindAndCountriesIsRefusedNamingEachField()
    {
        var organisation = await _api.OrganisationAsync();
        var body = LiaisonApi.RequestBody();
        body["kind"] = null;
        body["targetCountries"] = Array.Empty<string>();
        body["naceCode"] = "not a code";
        body["urgency"] = "whenever";

        var problem = await (await _api.User(organisation).PostAsJsonAsync(LiaisonApi.Requests, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.TryGetProperty("errors", out _), problem.ToString());
        Assert.Equal(0, await _api.RequestsOfAsync(organisation));
        body["urgency"] = "high";
        var fields = (await (await _api.User(organisation).PostAsJsonAsync(LiaisonApi.Requests, body)).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields();
        Assert.Contains("kind", fields);
        Assert.Contains("targetCountries", fields);
        Assert.Contains("naceCode", fields);
    }

    [Fact]
    public async Task RequestWithUnknownCodesAndNoDescriptionIsRefusedNamingEachField()
    {
        var organisation = await _api.OrganisationAsync();
        var body = LiaisonApi.RequestBody();
        body["targetCountries"] = new[] { "DE", "XX" };
        body["prioritySystems"] = new[] { "SPACE_TOURISM" };
        body["descriptionIt"] = null;

        var problem = await (await _api.User(organisation).PostAsJsonAsync(LiaisonApi.Requests, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var fields = problem.ErrorFields();
        Assert.Contains("targetCountries[1]", fields);
        Assert.Contains("prioritySystems[0]", fields);
        Assert.Contains("descriptionIt", fields);
        Assert.Equal(0, await _api.RequestsOfAsync(organisation));
    }

    [Fact]
    public async Task RequestNotAssessedWithinFiveWorkingDaysIsFlaggedAndFoundByTheFlagFilter()
    {
        var organisation = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.OpenAsync(organisation));
        var opened = await _api.GetAsync(id);
        var assessBy = opened.GetProperty("assessBy").GetDateTimeOffset();
        try
        {
            _api.Clock.Set(assessBy.AddMinutes(-1));
            Assert.False((await _api.GetAsync(id)).GetProperty("flagged").GetBoolean());

            _api.Clock.Set(assessBy.AddMinutes(1));
            Assert.True((await _api.GetAsync(id)).GetProperty("flagged").GetBoolean());
            var flagged = await (await _api.Officer().GetAsync($"{LiaisonApi.Requests}?flagged=true&limit=100")).ReadOkAsync<Page<JsonElement>>();
            Assert.Contains(flagged.Items, r => LiaisonApi.Id(r) == id);
            var notFlagged = await (await _api.Officer().GetAsync($"{LiaisonApi.Requests}?flagged=false&limit=100")).ReadOkAsync<Page<JsonElement>>();
            Assert.DoesNotContain(notFlagged.Items, r => LiaisonApi.Id(r) == id);

            await (await _api.AssessAsync(id, "accepted")).ReadOkAsync<JsonElement>();
            Assert.False((await _api.GetAsync(id)).GetProperty("flagged").GetBoolean());
        }
        finally
        {
            _api.Clock.Reset();
        }
        // Five working days: at least seven calendar days after opening, weekends never counted.
        Assert.True(assessBy - opened.GetProperty("openedAt").GetDateTimeOffset() >= TimeSpan.FromDays(6));
    }

    [Fact]
    public async Task ClusterManagerRefersAMemberButNotAnOrganisationOutsideTheCluster()
    {
        var cluster = LiaisonApi.NewClusterCode();
        var member = await _api.OrganisationAsync();
        var outsider = await _api.OrganisationAsync();
        await _api.MemberAsync(member, cluster);

        var referred = await (await _api.ClusterManager(cluster).PostAsJsonAsync(LiaisonApi.Requests, LiaisonApi.RequestBody(member)))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("cluster", referred.GetProperty("source").GetString());
        Assert.Equal(cluster, referred.GetProperty("referralReference").GetString());
        var theirs = await (await _api.ClusterManager(cluster).GetAsync($"{LiaisonApi.Requests}?limit=100")).ReadOkAsync<Page<JsonElement>>();
        Assert.Contains(theirs.Items, r => LiaisonApi.Id(r) == LiaisonApi.Id(referred));
        var members = await (await _api.User(member).GetAsync($"{LiaisonApi.Requests}/{LiaisonApi.Id(referred)}")).ReadOkAsync<JsonElement>();
        Assert.Equal(member, members.GetProperty("organisationId").GetGuid());

        var refused = await (await _api.ClusterManager(cluster).PostAsJsonAsync(LiaisonApi.Requests, LiaisonApi.RequestBody(outsider)))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("not-a-cluster-member", LiaisonApi.Code(refused));
        Assert.Equal(0, await _api.RequestsOfAsync(outsider));
    }

    [Fact]
    public async Task RequestersSeeOnlyTheirOwnRequests()
    {
        var mine = await _api.OrganisationAsync();
        var other = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.OpenAsync(mine));
        LiaisonApi.Id(await _api.OpenAsync(other));

        var page = await (await _api.User(mine).GetAsync($"{LiaisonApi.Requests}?limit=100")).ReadOkAsync<Page<JsonElement>>();
        Assert.All(page.Items, r => Assert.Equal(mine, r.GetProperty("organisationId").GetGuid()));
        Assert.Contains(page.Items, r => LiaisonApi.Id(r) == id);
    }

    [Fact]
    public async Task QueueFiltersByKindCountryAndSpi()
    {
        var organisation = await _api.OrganisationAsync();
        var id = LiaisonApi.Id(await _api.OpenAsync(organisation, b =>
        {
            b["kind"] = "eu-project-partnering";
            b["targetCountries"] = new[] { "EE" };
            b["prioritySystems"] = new[] { "HEALTH" };
        }));

        var found = await (await _api.Officer().GetAsync($"{LiaisonApi.Requests}?kind=eu-project-partnering&country=ee&prioritySystem=HEALTH&status=new&limit=100"))
            .ReadOkAsync<Page<JsonElement>>();
        Assert.Contains(found.Items, r => LiaisonApi.Id(r) == id);
        var other = await (await _api.Officer().GetAsync($"{LiaisonApi.Requests}?kind=trade-mission&country=EE&limit=100")).ReadOkAsync<Page<JsonElement>>();
        Assert.DoesNotContain(other.Items, r => LiaisonApi.Id(r) == id);
        var bad = await (await _api.Officer().GetAsync($"{LiaisonApi.Requests}?kind=holiday")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("kind", bad.ErrorFields());
    }

    [Fact]
    public async Task AssessmentWithAStaleETagIsRefusedAndWithTheCurrentOneAccepted()
    {
        var id = LiaisonApi.Id(await _api.OpenAsync(await _api.OrganisationAsync()));
        var assignedTooEarly = await (await _api.Officer().PostAsJsonAsync($"{LiaisonApi.Requests}/{id}/assignment", new { officerSubject = "x", officerName = "Nobody" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", LiaisonApi.Code(assignedTooEarly));

        var accept = new HttpRequestMessage(HttpMethod.Post, $"{LiaisonApi.Requests}/{id}/assessment") { Content = JsonContent.Create(new { decision = "accepted" }) };
        accept.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
        await (await _api.Officer().SendAsync(accept)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("new", (await _api.GetAsync(id)).GetProperty("status").GetString());

        var current = new HttpRequestMessage(HttpMethod.Post, $"{LiaisonApi.Requests}/{id}/assessment") { Content = JsonContent.Create(new { decision = "accepted" }) };
        current.Headers.TryAddWithoutValidation("If-Match", (await _api.Officer().GetAsync($"{LiaisonApi.Requests}/{id}")).Headers.ETag!.Tag);
        await (await _api.Officer().SendAsync(current)).ReadOkAsync<JsonElement>();
    }

    [Fact]
    public async Task OpeningTwiceWithOneIdempotencyKeyOpensOneRequest()
    {
        var organisation = await _api.OrganisationAsync();
        var key = Guid.NewGuid().ToString("N");
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var open = new HttpRequestMessage(HttpMethod.Post, LiaisonApi.Requests) { Content = JsonContent.Create(LiaisonApi.RequestBody()) };
            open.Headers.Add("Idempotency-Key", key);
            await (await _api.User(organisation).SendAsync(open)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        }

        Assert.Equal(1, await _api.RequestsOfAsync(organisation));
    }
}
