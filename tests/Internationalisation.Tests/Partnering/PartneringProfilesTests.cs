using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Partnering;

/// <summary>A profile's life: draft, submission, CEIP's validation or return, edits, withdrawal, expiry and renewal.</summary>
public class PartneringProfilesTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly PartneringApi _api = new(fixture);

    [Fact]
    public async Task ProfileGoesFromDraftThroughReturnAndResubmissionToPublishedUnderAnEenReference()
    {
        var owner = await _api.OrganisationAsync("Robotica Canavese S.r.l.");
        var draft = await _api.DraftAsync(owner);
        var id = PartneringApi.Id(draft);
        Assert.Equal("draft", PartneringApi.Status(draft));
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("reference").ValueKind);
        Assert.Equal(owner, draft.GetProperty("private").GetProperty("organisationId").GetGuid());
        Assert.Equal("Robotica Canavese S.r.l.", draft.GetProperty("private").GetProperty("organisationName").GetString());

        await (await _api.User(owner).PostAsync($"{PartneringApi.Profiles}/{id}/submit", null)).ReadOkAsync<JsonElement>();
        var queue = await (await _api.Officer().GetAsync($"{PartneringApi.Profiles}/managed?status=submitted&organisationId={owner}")).ReadOkAsync<Page<JsonElement>>();
        Assert.Equal(id, PartneringApi.Id(Assert.Single(queue.Items)));

        var returned = await (await _api.Officer().PostAsJsonAsync($"{PartneringApi.Profiles}/{id}/return",
            new { reason = "Say which food products the grippers have been tested with" })).ReadOkAsync<JsonElement>();
        Assert.Equal("returned", PartneringApi.Status(returned));
        var seenByOwner = await (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal("Say which food products the grippers have been tested with", seenByOwner.GetProperty("private").GetProperty("returnReason").GetString());

        var edit = new HttpRequestMessage(HttpMethod.Put, $"{PartneringApi.Profiles}/{id}")
        {
            Content = JsonContent.Create(_api.ProfileBody(b => b["descriptionEn"] = "Tested with fresh pasta, cheese and chocolate; licences or joint development.")),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}")).Headers.ETag!.Tag);
        var edited = await (await _api.User(owner).SendAsync(edit)).ReadOkAsync<JsonElement>();
        Assert.Equal("returned", PartneringApi.Status(edited));
        await (await _api.User(owner).PostAsync($"{PartneringApi.Profiles}/{id}/submit", null)).ReadOkAsync<JsonElement>();
        var published = await (await _api.Officer().PostAsync($"{PartneringApi.Profiles}/{id}/publish", null)).ReadOkAsync<JsonElement>();

        Assert.Equal("published", PartneringApi.Status(published));
        Assert.Matches(new Regex($"^TOIT{_api.Today:yyyyMMdd}\\d{{3}}$"), published.GetProperty("reference").GetString());
        Assert.Equal(JsonValueKind.Null, published.GetProperty("private").GetProperty("returnReason").ValueKind);
        Assert.Equal(["partnering-profile-published"], await _api.EventsMentioningAsync(id.ToString()));
        var again = await (await _api.Officer().PostAsync($"{PartneringApi.Profiles}/{id}/publish", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", PartneringApi.Code(again));
    }

    [Fact]
    public async Task ReferencesSpellKindAndDirectionAndCountUpWithinTheDay()
    {
        var owner = await _api.OrganisationAsync();
        var first = await _api.ProfileAsync(await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["kind"], b["direction"]) = ("business", "request"))));
        var second = await _api.ProfileAsync(await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["kind"], b["direction"]) = ("research", "offer"))));

        var a = first.GetProperty("reference").GetString()!;
        var b = second.GetProperty("reference").GetString()!;
        Assert.StartsWith($"BRIT{_api.Today:yyyyMMdd}", a, StringComparison.Ordinal);
        Assert.StartsWith($"ROIT{_api.Today:yyyyMMdd}", b, StringComparison.Ordinal);
        Assert.Equal(int.Parse(a[^3..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(b[^3..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static TheoryData<string, string> InvalidProfiles => new()
    {
        { "countriesOfInterest", "countriesOfInterest[1]" },
        { "prioritySystems", "prioritySystems[0]" },
        { "naceCodes", "naceCodes[0]" },
        { "keywords", "keywords[0]" },
        { "titleEn", "titleEn" },
        { "contact.email", "contact.email" },
        { "expiresOn:today", "expiresOn" },
        { "expiresOn:13-months", "expiresOn" },
    };

    [Theory]
    [MemberData(nameof(InvalidProfiles))]
    public async Task AnInvalidProfileIsRefusedNamingTheFieldAndNothingIsKept(string change, string field)
    {
        var owner = Guid.NewGuid();
        var body = _api.ProfileBody(b =>
        {
            switch (change)
            {
                case "countriesOfInterest": b[change] = new[] { "DE", "XX" }; break;
                case "prioritySystems": b[change] = new[] { "SPACE" }; break;
                case "naceCodes": b[change] = new[] { "00.11" }; break;
                case "keywords": b[change] = new[] { " " }; break;
                case "titleEn": b.Remove(change); break;
                case "contact.email": ((Dictionary<string, object?>)b["contact"]!)["email"] = "not an address"; break;
                case "expiresOn:today": b["expiresOn"] = PartneringApi.Date(_api.Today); break;
                default: b["expiresOn"] = PartneringApi.Date(_api.Today.AddMonths(13)); break;
            }
        });
        var before = await _api.ChangeCountsAsync();

        var problem = await (await _api.User(owner).PostAsJsonAsync(PartneringApi.Profiles, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(0, await _api.ProfilesOfAsync(owner));
        Assert.Equal(before, await _api.ChangeCountsAsync());
    }

    [Fact]
    public async Task AnInvalidEditChangesNothing()
    {
        var owner = Guid.NewGuid();
        var id = PartneringApi.Id(await _api.DraftAsync(owner));
        var before = await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}");
        var counts = await _api.ChangeCountsAsync();
        var edit = new HttpRequestMessage(HttpMethod.Put, $"{PartneringApi.Profiles}/{id}")
        {
            Content = JsonContent.Create(_api.ProfileBody(b => b["expiresOn"] = PartneringApi.Date(_api.Today.AddYears(2)))),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", before.Headers.ETag!.Tag);

        var problem = await (await _api.User(owner).SendAsync(edit)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["expiresOn"], problem.ErrorFields());
        Assert.Equal(await before.Content.ReadAsStringAsync(), await (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}")).Content.ReadAsStringAsync());
        Assert.Equal(counts, await _api.ChangeCountsAsync());
    }

    [Fact]
    public async Task AnEditNeedsTheCurrentETagInIfMatch()
    {
        var owner = Guid.NewGuid();
        var id = PartneringApi.Id(await _api.DraftAsync(owner));
        var etag = (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}")).Headers.ETag!.Tag;
        HttpRequestMessage Edit(string? ifMatch, string title)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"{PartneringApi.Profiles}/{id}") { Content = JsonContent.Create(_api.ProfileBody(b => b["titleEn"] = title)) };
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
            return request;
        }

        Assert.Equal("precondition-required", PartneringApi.Code(await (await _api.User(owner).SendAsync(Edit(null, "No ETag sent"))).ReadProblemAsync(HttpStatusCode.PreconditionRequired)));
        var first = await _api.User(owner).SendAsync(Edit(etag, "Grippers, first edit"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        var stale = await (await _api.User(owner).SendAsync(Edit(etag, "Grippers, stale edit"))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("precondition-failed", PartneringApi.Code(stale));
        Assert.Equal("Grippers, first edit", (await _api.ProfileAsync(id)).GetProperty("titleEn").GetString());
    }

    [Fact]
    public async Task DraftingTwiceWithOneIdempotencyKeyDraftsOneProfile()
    {
        var owner = Guid.NewGuid();
        var body = _api.ProfileBody();
        var key = "draft-" + Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> DraftAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, PartneringApi.Profiles) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await _api.User(owner).SendAsync(request);
        }

        var first = await (await DraftAsync()).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var repeat = await DraftAsync();

        Assert.Equal(PartneringApi.Id(first), PartneringApi.Id(await repeat.ReadOkAsync<JsonElement>(HttpStatusCode.Created)));
        Assert.True(repeat.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal(1, await _api.ProfilesOfAsync(owner));
    }

    [Fact]
    public async Task TransitionsOutOfTurnAreConflicts()
    {
        var owner = Guid.NewGuid();
        var draft = PartneringApi.Id(await _api.DraftAsync(owner));
        var submitted = await _api.SubmittedAsync(owner);
        var user = _api.User(owner);
        var edit = new HttpRequestMessage(HttpMethod.Put, $"{PartneringApi.Profiles}/{submitted}") { Content = JsonContent.Create(_api.ProfileBody()) };
        edit.Headers.TryAddWithoutValidation("If-Match", "*");

        var refusals = new[]
        {
            await user.PostAsync($"{PartneringApi.Profiles}/{submitted}/submit", null),
            await user.SendAsync(edit),
            await user.PostAsJsonAsync($"{PartneringApi.Profiles}/{draft}/renew", new { expiresOn = PartneringApi.Date(_api.Today.AddDays(100)) }),
            await _api.Officer().PostAsync($"{PartneringApi.Profiles}/{draft}/publish", null),
            await _api.Officer().PostAsJsonAsync($"{PartneringApi.Profiles}/{draft}/return", new { reason = "Not submitted yet" }),
        };

        foreach (var refusal in refusals)
        {
            Assert.Equal("invalid-transition", PartneringApi.Code(await refusal.ReadProblemAsync(HttpStatusCode.Conflict)));
        }
        Assert.Equal("draft", PartneringApi.Status(await _api.ProfileAsync(draft)));
        Assert.Equal("submitted", PartneringApi.Status(await _api.ProfileAsync(submitted)));
    }

    [Fact]
    public async Task ReturningNeedsAReason()
    {
        var id = await _api.SubmittedAsync(Guid.NewGuid());

        var problem = await (await _api.Officer().PostAsJsonAsync($"{PartneringApi.Profiles}/{id}/return", new { reason = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["reason"], problem.ErrorFields());
        Assert.Equal("submitted", PartneringApi.Status(await _api.ProfileAsync(id)));
    }

    [Fact]
    public async Task WithdrawingAPublishedProfileHidesItAndAnnouncesItAWithdrawnDraftIsNotAnnounced()
    {
        var owner = Guid.NewGuid();
        var published = await _api.PublishedAsync(owner);
        var draft = PartneringApi.Id(await _api.DraftAsync(owner));

        var withdrawn = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{published}/withdraw", new { reason = "Partner found" })).ReadOkAsync<JsonElement>();
        await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{draft}/withdraw", new { })).ReadOkAsync<JsonElement>();

        Assert.Equal("withdrawn", PartneringApi.Status(withdrawn));
        Assert.Equal("Partner found", withdrawn.GetProperty("private").GetProperty("withdrawReason").GetString());
        await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}/{published}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["partnering-profile-published", "partnering-profile-withdrawn"], await _api.EventsMentioningAsync(published.ToString()));
        Assert.Empty(await _api.EventsMentioningAsync(draft.ToString()));
        var twice = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{draft}/withdraw", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", PartneringApi.Code(twice));
    }

    [Fact]
    public async Task APublishedProfileExpiresAfterItsLastDayByTheClockAndRenewingMakesItPublicAgain()
    {
        var owner = Guid.NewGuid();
        var id = await _api.PublishedAsync(owner, _api.ProfileBody(b => b["expiresOn"] = PartneringApi.Date(_api.Today.AddDays(10))));
        var lastDay = _api.Today.AddDays(10);
        try
        {
            _api.Clock.Set(Noon(lastDay));
            Assert.Equal("published", PartneringApi.Status(await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}/{id}")).ReadOkAsync<JsonElement>()));

            _api.Clock.Set(Noon(lastDay.AddDays(1)));
            Assert.Equal("expired", PartneringApi.Status(await (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/{id}")).ReadOkAsync<JsonElement>()));
            await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}/{id}")).ReadProblemAsync(HttpStatusCode.NotFound);
            var expired = await (await _api.User(owner).GetAsync($"{PartneringApi.Profiles}/managed?status=expired")).ReadOkAsync<Page<JsonElement>>();
            Assert.Equal(id, PartneringApi.Id(Assert.Single(expired.Items)));

            var tooFar = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{id}/renew",
                new { expiresOn = PartneringApi.Date(_api.Today.AddMonths(12).AddDays(1)) })).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["expiresOn"], tooFar.ErrorFields());
            var renewed = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{id}/renew",
                new { expiresOn = PartneringApi.Date(_api.Today.AddMonths(12)) })).ReadOkAsync<JsonElement>();
            Assert.Equal("published", PartneringApi.Status(renewed));
            var seen = await (await _api.Anonymous().GetAsync($"{PartneringApi.Profiles}/{id}")).ReadOkAsync<JsonElement>();
            Assert.Equal(PartneringApi.Date(_api.Today.AddMonths(12)), seen.GetProperty("expiresOn").GetString());
            var shorter = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{id}/renew",
                new { expiresOn = PartneringApi.Date(_api.Today.AddDays(30)) })).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal(["expiresOn"], shorter.ErrorFields());
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task AProfileIsNotSubmittedOnceItsExpiryDayHasCome()
    {
        var owner = Guid.NewGuid();
        var id = PartneringApi.Id(await _api.DraftAsync(owner, _api.ProfileBody(b => b["expiresOn"] = PartneringApi.Date(_api.Today.AddDays(2)))));
        try
        {
            _api.Clock.Set(Noon(_api.Today.AddDays(2)));
            var problem = await (await _api.User(owner).PostAsync($"{PartneringApi.Profiles}/{id}/submit", null)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("profile-expiry-passed", PartneringApi.Code(problem));
            Assert.Equal("draft", PartneringApi.Status(await _api.ProfileAsync(id)));
        }
        finally
        {
            _api.Clock.Reset();
        }
    }

    [Fact]
    public async Task ManagedProfilesAreTheCallersOrganisationsItsClustersMembersOrAllForCeip()
    {
        var member = await _api.OrganisationAsync();
        var cluster = Liaison.LiaisonApi.NewClusterCode();
        await _api.MemberAsync(member, cluster);
        var id = PartneringApi.Id(await _api.DraftAsync(member));

        async Task<bool> SeesAsync(HttpClient client) =>
            (await (await client.GetAsync($"{PartneringApi.Profiles}/managed?limit=200")).ReadOkAsync<Page<JsonElement>>()).Items.Any(p => PartneringApi.Id(p) == id);

        Assert.True(await SeesAsync(_api.User(member)));
        Assert.True(await SeesAsync(_api.ClusterManager(cluster)));
        Assert.True(await SeesAsync(_api.Officer()));
        Assert.False(await SeesAsync(_api.User(Guid.NewGuid())));
        Assert.False(await SeesAsync(_api.ClusterManager(Liaison.LiaisonApi.NewClusterCode())));
        Assert.False(await SeesAsync(_api.Evaluator()));
        var byManager = await (await _api.ClusterManager(cluster).GetAsync($"{PartneringApi.Profiles}/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal(member, byManager.GetProperty("private").GetProperty("organisationId").GetGuid());
    }

    [Fact]
    public async Task TheIndicatorsCountProfilesPublishedByDirectionAndKindAndTheInterests()
    {
        var year = _api.Today.Year;
        var before = (await (await _api.Anonymous().GetAsync($"/api/internationalisation/indicators?year={year}")).ReadOkAsync<JsonElement>()).GetProperty("partnering");
        var owner = Guid.NewGuid();
        var request = await _api.PublishedAsync(owner, _api.ProfileBody(b => (b["kind"], b["direction"]) = ("research", "request")));
        await _api.SubmittedAsync(owner);
        var interest = await _api.InterestAsync(request, Guid.NewGuid());
        await (await _api.User(owner).PostAsync($"{PartneringApi.Interests}/{interest}/accept", null)).ReadOkAsync<JsonElement>();

        var after = (await (await _api.Anonymous().GetAsync($"/api/internationalisation/indicators?year={year}")).ReadOkAsync<JsonElement>()).GetProperty("partnering");

        int Delta(params string[] path) => Read(after, path) - Read(before, path);
        Assert.Equal(1, Delta("profilesPublished"));
        Assert.Equal(1, Delta("publishedByDirection", "request"));
        Assert.Equal(0, Delta("publishedByDirection", "offer"));
        Assert.Equal(1, Delta("publishedByKind", "research"));
        Assert.Equal(1, Delta("interestsExpressed"));
        Assert.Equal(1, Delta("interestsAccepted"));
    }

    private static int Read(JsonElement element, string[] path) => path.Aggregate(element, (e, p) => e.GetProperty(p)).GetInt32();

    private static DateTimeOffset Noon(DateOnly day)
    {
        RomeTime.TryInstant(day, new TimeOnly(12, 0), out var noon);
        return noon;
    }
}
