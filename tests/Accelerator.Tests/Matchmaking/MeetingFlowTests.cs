using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.Accelerator.Apis.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>The whole way from a published session to a signed supply contract, and the two acceptance modes.</summary>
public class MeetingFlowTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly MatchmakingApi _api = new(fixture.Service, fixture.Clock);
    private const string B = MatchmakingApi.Base;

    [Fact]
    public async Task StartupMeetsABuyerFromOutsideTheRegionAndTheirContractIsCountedOnce()
    {
        _api.Clock.Reset();
        var draft = await _api.DraftSessionAsync(_api.SessionBody());
        var buyer = await _api.BuyerAsync(country: "FR", region: "Auvergne-Rhône-Alpes");
        Assert.True(buyer.GetProperty("fromOutsideRegion").GetBoolean());
        var sessionBuyer = await _api.AddBuyerAsync(MatchmakingApi.Id(draft), buyer);
        Assert.Equal(1, sessionBuyer.GetProperty("table").GetInt32());
        var session = await (await _api.Manager().PostAsync($"{B}/sessions/{MatchmakingApi.Id(draft)}/publish", null)).ReadOkAsync<JsonElement>();
        var sessionId = MatchmakingApi.Id(session);
        Assert.Equal("published", session.GetProperty("status").GetString());
        Assert.Equal("Europe/Rome", session.GetProperty("timeZone").GetString());

        var startup = await _api.OrganisationAsync();
        var registration = await _api.RegisteredAsync(sessionId, startup, availableSlots: [1, 2, 3]);
        Assert.Equal([1, 2, 3], registration.GetProperty("availableSlots").EnumerateArray().Select(s => s.GetInt32()));

        var request = await _api.RequestAsync(sessionId, startup, buyer);
        Assert.Equal("pending", request.GetProperty("status").GetString());
        Assert.Equal("buyer", request.GetProperty("to").GetString());
        var accepted = await (await _api.BuyerUser(buyer).PostAsync($"{B}/requests/{MatchmakingApi.Id(request)}/accept", null)).ReadOkAsync<JsonElement>();
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());

        var meeting = await (await MatchmakingApi.BookAsync(_api.User(startup), MatchmakingApi.Id(request), slot: 2)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var slot2 = session.GetProperty("slots")[2];
        Assert.Equal(slot2.GetProperty("startsAt").GetString(), meeting.GetProperty("startsAt").GetString());
        Assert.Matches(@"\+0[12]:00$", meeting.GetProperty("startsAt").GetString());
        Assert.Equal((1, "scheduled", "booked"), (meeting.GetProperty("table").GetInt32(), meeting.GetProperty("status").GetString(), meeting.GetProperty("origin").GetString()));

        var mine = MatchmakingApi.Items(await (await _api.User(startup).GetAsync($"{B}/sessions/{sessionId}/agenda/mine")).ReadOkAsync<JsonElement>()).Single();
        Assert.Equal((buyer.GetProperty("name").GetString(), "buyer"), (mine.GetProperty("counterpartName").GetString(), mine.GetProperty("counterpart").GetString()));
        var theirs = MatchmakingApi.Items(await (await _api.BuyerUser(buyer).GetAsync($"{B}/sessions/{sessionId}/agenda/mine")).ReadOkAsync<JsonElement>()).Single();
        Assert.Equal(startup, theirs.GetProperty("counterpartId").GetGuid());

        // After the meeting: the start-up says follow-up, the buyer signs a supply contract, then the start-up confirms it.
        _api.Clock.Set(meeting.GetProperty("startsAt").GetDateTimeOffset().AddMinutes(5));
        var meetingId = MatchmakingApi.Id(meeting);
        await (await _api.User(startup).PutAsJsonAsync($"{B}/meetings/{meetingId}/outcomes/participant", new { result = "follow-up" })).ReadOkAsync<JsonElement>();
        await (await _api.BuyerUser(buyer).PutAsJsonAsync($"{B}/meetings/{meetingId}/outcomes/buyer", new { result = "supply-contract-signed", contractValueEur = 250_000m }))
            .ReadOkAsync<JsonElement>();
        var final = await (await _api.User(startup).PutAsJsonAsync($"{B}/meetings/{meetingId}/outcomes/participant",
            new { result = "supply-contract-signed", contractValueEur = 240_000m, note = "Three-year supply" })).ReadOkAsync<JsonElement>();
        Assert.Equal(2, final.GetProperty("outcomes").GetArrayLength());

        // Announced: the session, the booked meeting, and the contract once although both sides recorded it.
        Assert.Equal(["session-published", "meeting-scheduled", "contract-signed"], await _api.EventsMentioningAsync(sessionId.ToString()));
        Assert.Equal(["meeting-scheduled", "contract-signed"], await _api.EventsMentioningAsync(meetingId.ToString()));
        var report = await (await _api.Manager().GetAsync($"{B}/contracts?sessionId={sessionId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal(250_000m, report.GetProperty("total").GetProperty("valueEur").GetDecimal());   // the buyer's figure counts
        Assert.Equal(1, report.GetProperty("byBuyerOrigin").GetProperty("outsideRegion").GetProperty("count").GetInt32());
        Assert.Equal(0, report.GetProperty("byBuyerOrigin").GetProperty("insideRegion").GetProperty("count").GetInt32());
        var perStartup = MatchmakingApi.Items(await (await _api.Manager().GetAsync($"{B}/contracts/startups?sessionId={sessionId}")).ReadOkAsync<JsonElement>()).Single();
        Assert.Equal((startup, 250_000m), (perStartup.GetProperty("organisationId").GetGuid(), perStartup.GetProperty("valueEur").GetDecimal()));

        var figures = await _api.Service.QueryAsync<AcceleratorDbContext, MatchmakingFigures>(db => MatchmakingIndicators.ComputeAsync(db, null, CancellationToken.None));
        var ofSession = figures.Sessions.Single(s => s.SessionId == sessionId);
        Assert.Equal((1, 1, 1, 1, 1, 1, 250_000m), (ofSession.MeetingsScheduled, ofSession.MeetingsHeld, ofSession.ParticipatingSmes, ofSession.Buyers,
            ofSession.BuyersFromOutsideRegion, ofSession.ContractsSigned, ofSession.ContractsValueEur));
        _api.Clock.Reset();
    }

    [Fact]
    public async Task OptOutRequestIsAcceptedAtOnceAndEitherSideMayAsk()
    {
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out", buyers: 2);
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);

        var fromStartup = await _api.RequestAsync(published.Id, startup, published.Buyers[0]);
        var fromBuyer = await (await _api.BuyerUser(published.Buyers[1]).PostAsJsonAsync($"{B}/sessions/{published.Id}/requests",
            new { organisationId = startup, message = "We saw your pitch." })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        Assert.Equal(("accepted", "accepted"), (fromStartup.GetProperty("status").GetString(), fromBuyer.GetProperty("status").GetString()));
        Assert.Equal(("participant", "buyer"), (fromStartup.GetProperty("from").GetString(), fromBuyer.GetProperty("from").GetString()));
        var booked = await MatchmakingApi.BookAsync(_api.BuyerUser(published.Buyers[1]), MatchmakingApi.Id(fromBuyer), slot: 0);
        await booked.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task OneRequestPerPairWhicheverSideAsks()
    {
        var published = await _api.PublishedSessionAsync();
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        var first = await _api.RequestAsync(published.Id, startup, published.Buyers[0]);

        var again = await _api.User(startup).PostAsJsonAsync($"{B}/sessions/{published.Id}/requests", new { buyerId = MatchmakingApi.Id(published.Buyers[0]), message = "Again" });
        var reverse = await _api.BuyerUser(published.Buyers[0]).PostAsJsonAsync($"{B}/sessions/{published.Id}/requests", new { organisationId = startup, message = "Us too" });

        var problem = await again.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:request-already-exists", problem.GetProperty("type").GetString());
        Assert.Equal(MatchmakingApi.Id(first), problem.GetProperty("existingRequestId").GetGuid());
        Assert.Equal("urn:piedmont:problem:request-already-exists", (await reverse.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task PendingRequestCannotBeBookedAndOnlyTheOtherSideAnswers()
    {
        var published = await _api.PublishedSessionAsync();
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        var request = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, published.Buyers[0]));

        var booking = await MatchmakingApi.BookAsync(_api.User(startup), request, slot: 1);
        var selfAccept = await _api.User(startup).PostAsync($"{B}/requests/{request}/accept", null);
        var declined = await (await _api.BuyerUser(published.Buyers[0]).PostAsync($"{B}/requests/{request}/decline", null)).ReadOkAsync<JsonElement>();

        Assert.Equal("urn:piedmont:problem:request-not-accepted", (await booking.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal("urn:piedmont:problem:forbidden", (await selfAccept.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("type").GetString());
        Assert.Equal("declined", declined.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithdrawnRequestCancelsItsMeetingAndFreesTheSlot()
    {
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out");
        var first = await _api.OrganisationAsync();
        var second = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, first);
        await _api.RegisteredAsync(published.Id, second);
        var request = MatchmakingApi.Id(await _api.RequestAsync(published.Id, first, published.Buyers[0]));
        var meeting = await (await MatchmakingApi.BookAsync(_api.User(first), request, 3)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var withdrawn = await (await _api.User(first).PostAsync($"{B}/requests/{request}/withdraw", null)).ReadOkAsync<JsonElement>();
        var other = MatchmakingApi.Id(await _api.RequestAsync(published.Id, second, published.Buyers[0]));
        var rebooked = await MatchmakingApi.BookAsync(_api.User(second), other, 3);

        Assert.Equal(("withdrawn", JsonValueKind.Null), (withdrawn.GetProperty("status").GetString(), withdrawn.GetProperty("meetingId").ValueKind));
        var cancelled = await (await _api.Manager().GetAsync($"{B}/meetings/{MatchmakingApi.Id(meeting)}")).ReadOkAsync<JsonElement>();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        await rebooked.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task OutcomeBeforeTheMeetingIsRefusedAndAContractNeedsItsValue()
    {
        _api.Clock.Reset();
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out");
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        var request = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, published.Buyers[0]));
        var meeting = MatchmakingApi.Id(await (await MatchmakingApi.BookAsync(_api.User(startup), request, 1)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));

        var early = await _api.User(startup).PutAsJsonAsync($"{B}/meetings/{meeting}/outcomes/participant", new { result = "pilot" });
        var noValue = await _api.User(startup).PutAsJsonAsync($"{B}/meetings/{meeting}/outcomes/participant", new { result = "supply-contract-signed" });

        Assert.Equal("urn:piedmont:problem:meeting-not-held-yet", (await early.ReadProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString());
        Assert.Equal(["contractValueEur"], (await noValue.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }

    [Fact]
    public async Task DraftSessionIsHiddenFromThePublicAndPublishedOneIsAnnounced()
    {
        var draft = await _api.DraftSessionAsync(_api.SessionBody());
        await (await _api.Anonymous().GetAsync($"{B}/sessions/{MatchmakingApi.Id(draft)}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var unpublishable = await _api.Manager().PostAsync($"{B}/sessions/{MatchmakingApi.Id(draft)}/publish", null);
        Assert.Equal(["buyers"], (await unpublishable.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());

        var published = await _api.PublishedSessionAsync(buyers: 2);
        var read = await (await _api.Anonymous().GetAsync($"{B}/sessions/{published.Id}")).ReadOkAsync<JsonElement>();
        var buyers = await (await _api.Anonymous().GetAsync($"{B}/sessions/{published.Id}/buyers")).ReadOkAsync<JsonElement>();
        var list = await (await _api.Anonymous().GetAsync($"{B}/sessions?limit=200")).ReadOkAsync<JsonElement>();

        Assert.Equal(8, read.GetProperty("slots").GetArrayLength());
        Assert.True(read.GetProperty("slots")[4].GetProperty("isBreak").GetBoolean());
        Assert.Equal([1, 2], MatchmakingApi.Items(buyers).Select(b => b.GetProperty("table").GetInt32()));
        Assert.Contains(MatchmakingApi.Items(list), s => MatchmakingApi.Id(s) == published.Id);
        Assert.DoesNotContain(MatchmakingApi.Items(list), s => MatchmakingApi.Id(s) == MatchmakingApi.Id(draft));
        var announced = (await _api.OutboxMentioningAsync(published.Id.ToString())).Single();
        Assert.EndsWith(":session-published:v1", announced.MessageType, StringComparison.Ordinal);
        var payload = JsonDocument.Parse(announced.Payload).RootElement;
        Assert.Equal((2, 0), (payload.GetProperty("buyerIds").GetArrayLength(), payload.GetProperty("buyersFromOutsideRegion").GetInt32()));
    }

    [Fact]
    public async Task SessionRequestNamesEveryWrongField()
    {
        var body = _api.SessionBody();
        body["breaks"] = new[] { 9 };
        body["prioritySystems"] = new[] { "SPACE" };
        body["registrationDeadline"] = MatchmakingApi.Instant(_api.Clock.GetUtcNow().AddDays(30));
        var times = _api.SessionBody();
        times["startTime"] = "9am";

        var response = await _api.Manager().PostAsJsonAsync($"{B}/sessions", body);
        var badTime = await _api.Manager().PostAsJsonAsync($"{B}/sessions", times);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["breaks[0]", "prioritySystems[0]", "registrationDeadline"], problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Equal(["startTime"], (await badTime.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
    }
}
