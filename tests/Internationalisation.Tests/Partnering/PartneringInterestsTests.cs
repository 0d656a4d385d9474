using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Partnering;

/// <summary>Expressions of interest: one live per organisation and profile, answered by the owner, contacts exchanged on acceptance.</summary>
public class PartneringInterestsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly PartneringApi _api = new(fixture);

    [Fact]
    public async Task AnInterestIsExpressedOnceAnnouncedAndTheOwnerSeesWhoAndTheirContact()
    {
        var owner = Guid.NewGuid();
        var interested = await _api.OrganisationAsync("Emballages Lyonnais SAS");
        var profile = await _api.PublishedAsync(owner);
        var before = await _api.InterestsInAsync(profile);

        var created = await (await _api.ExpressAsync(profile, interested, "lyon")).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var id = PartneringApi.Id(created);
        var again = await (await _api.ExpressAsync(profile, interested, "lyon-again")).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("pending", PartneringApi.Status(created));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("profileOwner").ValueKind);
        Assert.Equal("interest-already-expressed", PartneringApi.Code(again));
        Assert.Equal(id, again.GetProperty("existingInterestId").GetGuid());
        Assert.Equal(before + 1, await _api.InterestsInAsync(profile));
        Assert.Equal(["partnering-interest-expressed"], await _api.EventsMentioningAsync(id.ToString()));
        var outbox = await _api.EventsMentioningAsync("lyon@example.fr");
        Assert.Empty(outbox);

        var seenByOwner = await (await _api.User(owner).GetAsync($"{PartneringApi.Interests}?profileId={profile}")).ReadOkAsync<Page<JsonElement>>();
        var interest = Assert.Single(seenByOwner.Items);
        Assert.Equal("Emballages Lyonnais SAS", interest.GetProperty("organisationName").GetString());
        Assert.Equal("lyon@example.fr", interest.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task AcceptingAnInterestShowsEachSideTheOthersContact()
    {
        var owner = await _api.OrganisationAsync("Pinze Piemontesi S.p.A.");
        var interested = await _api.OrganisationAsync("Emballages Lyonnais SAS");
        var body = _api.ProfileBody();
        var profile = await _api.PublishedAsync(owner, body);
        var id = await _api.InterestAsync(profile, interested, "accepted-side");
        var ownerEmail = (string)((Dictionary<string, object?>)body["contact"]!)["email"]!;
        var beforeAcceptance = await (await _api.User(interested).GetAsync($"{PartneringApi.Interests}/{id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(ownerEmail, beforeAcceptance, StringComparison.Ordinal);
        Assert.DoesNotContain("Pinze Piemontesi", beforeAcceptance, StringComparison.Ordinal);

        var accepted = await (await _api.User(owner).PostAsync($"{PartneringApi.Interests}/{id}/accept", null)).ReadOkAsync<JsonElement>();

        Assert.Equal("accepted", PartneringApi.Status(accepted));
        Assert.Equal("accepted-side@example.fr", accepted.GetProperty("contact").GetProperty("email").GetString());
        var seenByInterested = await (await _api.User(interested).GetAsync($"{PartneringApi.Interests}/{id}")).ReadOkAsync<JsonElement>();
        var counterpart = seenByInterested.GetProperty("profileOwner");
        Assert.Equal(owner, counterpart.GetProperty("organisationId").GetGuid());
        Assert.Equal("Pinze Piemontesi S.p.A.", counterpart.GetProperty("organisationName").GetString());
        Assert.Equal(ownerEmail, counterpart.GetProperty("contact").GetProperty("email").GetString());
        // The profile itself stays anonymous to them: the exchange happens on the interest.
        Assert.DoesNotContain(ownerEmail, await (await _api.User(interested).GetAsync($"{PartneringApi.Profiles}/{profile}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var twice = await (await _api.User(owner).PostAsync($"{PartneringApi.Interests}/{id}/accept", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", PartneringApi.Code(twice));
    }

    [Fact]
    public async Task DecliningNeedsAReasonTheInterestedReadsAndLetsItExpressInterestAgain()
    {
        var owner = Guid.NewGuid();
        var interested = Guid.NewGuid();
        var profile = await _api.PublishedAsync(owner);
        var id = await _api.InterestAsync(profile, interested);

        var noReason = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Interests}/{id}/decline", new { reason = " " })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["reason"], noReason.ErrorFields());
        var declined = await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Interests}/{id}/decline",
            new { reason = "We license only to packaging machine makers" })).ReadOkAsync<JsonElement>();

        Assert.Equal("declined", PartneringApi.Status(declined));
        var seen = await (await _api.User(interested).GetAsync($"{PartneringApi.Interests}/{id}")).ReadOkAsync<JsonElement>();
        Assert.Equal("We license only to packaging machine makers", seen.GetProperty("declineReason").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("profileOwner").ValueKind);
        await (await _api.ExpressAsync(profile, interested, "second-try")).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task InterestIsRefusedInTheOrganisationsOwnProfileAndInProfilesNotPublicAndNothingChanges()
    {
        var owner = Guid.NewGuid();
        var interested = Guid.NewGuid();
        var published = await _api.PublishedAsync(owner, _api.ProfileBody(b => b["expiresOn"] = PartneringApi.Date(_api.Today.AddDays(5))));
        var draft = PartneringApi.Id(await _api.DraftAsync(owner));
        var submitted = await _api.SubmittedAsync(owner);
        var withdrawn = await _api.PublishedAsync(owner);
        await (await _api.User(owner).PostAsJsonAsync($"{PartneringApi.Profiles}/{withdrawn}/withdraw", new { })).ReadOkAsync<JsonElement>();
        var counts = await _api.ChangeCountsAsync();

        var own = await (await _api.ExpressAsync(published, owner)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("interest-in-own-profile", PartneringApi.Code(own));
        foreach (var profile in new[] { draft, submitted, withdrawn, Guid.NewGuid() })
        {
            await (await _api.ExpressAsync(profile, interested)).ReadProblemAsync(HttpStatusCode.NotFound);
        }
        try
        {
            RomeTime.TryInstant(_api.Today.AddDays(6), new TimeOnly(9, 0), out var afterExpiry);
            _api.Clock.Set(afterExpiry);
            await (await _api.ExpressAsync(published, interested)).ReadProblemAsync(HttpStatusCode.NotFound);
        }
        finally
        {
            _api.Clock.Reset();
        }
        Assert.Equal(counts, await _api.ChangeCountsAsync());
        foreach (var profile in new[] { published, draft, submitted, withdrawn })
        {
            Assert.Equal(0, await _api.InterestsInAsync(profile));
        }
    }

    [Fact]
    public async Task ExpressingTwiceWithOneIdempotencyKeyExpressesOnce()
    {
        var profile = await _api.PublishedAsync(Guid.NewGuid());
        var interested = Guid.NewGuid();
        var key = "interest-" + Guid.NewGuid().ToString("N");
        async Task<HttpResponseMessage> ExpressAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{PartneringApi.Profiles}/{profile}/interests") { Content = JsonContent.Create(PartneringApi.InterestBody()) };
            request.Headers.Add("Idempotency-Key", key);
            return await _api.User(interested).SendAsync(request);
        }

        var first = PartneringApi.Id(await (await ExpressAsync()).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var second = PartneringApi.Id(await (await ExpressAsync()).ReadOkAsync<JsonElement>(HttpStatusCode.Created));

        Assert.Equal(first, second);
        Assert.Equal(1, await _api.InterestsInAsync(profile));
    }

    [Fact]
    public async Task EachSideListsItsOwnInterestsAndCeipAll()
    {
        var owner = Guid.NewGuid();
        var interested = Guid.NewGuid();
        var bystander = Guid.NewGuid();
        var profile = await _api.PublishedAsync(owner);
        var id = await _api.InterestAsync(profile, interested);

        async Task<bool> SeesAsync(HttpClient client) =>
            (await (await client.GetAsync($"{PartneringApi.Interests}?profileId={profile}")).ReadOkAsync<Page<JsonElement>>()).Items.Any(i => PartneringApi.Id(i) == id);

        Assert.True(await SeesAsync(_api.User(owner)));
        Assert.True(await SeesAsync(_api.User(interested)));
        Assert.True(await SeesAsync(_api.Officer()));
        Assert.False(await SeesAsync(_api.User(bystander)));
        Assert.False(await SeesAsync(_api.Evaluator()));
        var pending = await (await _api.Officer().GetAsync($"{PartneringApi.Interests}?profileId={profile}&status=accepted")).ReadOkAsync<Page<JsonElement>>();
        Assert.Empty(pending.Items);
    }
}
