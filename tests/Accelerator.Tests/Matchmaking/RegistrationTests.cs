using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>Who may register, until when, with which slots; and what a cancellation calls off.</summary>
public class RegistrationTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly MatchmakingApi _api = new(fixture.Service, fixture.Clock);
    private const string B = MatchmakingApi.Base;

    [Fact]
    public async Task IneligibleOrganisationIsRefusedWithEveryFailingRule()
    {
        var published = await _api.PublishedSessionAsync();
        var large = await _api.OrganisationAsync(sizeClass: "large", province: "", prioritySystems: ["FOOD"]);

        var response = await _api.RegisterAsync(published.Id, large);

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:piedmont:problem:not-eligible", problem.GetProperty("type").GetString());
        var failures = problem.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(["size-class-not-eligible", "outside-piedmont", "priority-system-not-eligible"], failures.Select(f => f.GetProperty("rule").GetString()));
        Assert.Equal(["organisationId", "organisationId", "prioritySystems"], failures.Select(f => f.GetProperty("field").GetString()));
        Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task UniversityAndUnknownOrganisationAreRefused()
    {
        var published = await _api.PublishedSessionAsync();
        var university = await _api.OrganisationAsync(kind: "university", sizeClass: "unknown");

        var universityProblem = await (await _api.RegisterAsync(published.Id, university)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknownProblem = await (await _api.RegisterAsync(published.Id, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["kind-not-eligible"], universityProblem.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));
        Assert.Equal(["organisation-unknown"], unknownProblem.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task InnovativeStartupOfUnknownSizeIsEligible()
    {
        var published = await _api.PublishedSessionAsync();
        var startup = await _api.OrganisationAsync(sizeClass: "unknown", innovativeStartup: true, province: "CN", prioritySystems: ["GREEN_TECH", "FOOD"]);

        var registration = await _api.RegisteredAsync(published.Id, startup);

        Assert.Equal("registered", registration.GetProperty("status").GetString());
        Assert.Equal([0, 1, 2, 3, 5, 6, 7], registration.GetProperty("availableSlots").EnumerateArray().Select(s => s.GetInt32()));   // every slot but the break
    }

    [Fact]
    public async Task RegistrationOneSecondBeforeTheDeadlineCountsAndOneSecondAfterIsRefused()
    {
        _api.Clock.Reset();
        var published = await _api.PublishedSessionAsync();
        var deadline = published.Session.GetProperty("registrationDeadline").GetDateTimeOffset();
        var onTime = await _api.OrganisationAsync();
        var late = await _api.OrganisationAsync();

        _api.Clock.Set(deadline.AddSeconds(-1));
        var accepted = await _api.RegisterAsync(published.Id, onTime);
        _api.Clock.Set(deadline.AddSeconds(1));
        var refused = await _api.RegisterAsync(published.Id, late);
        var status = (await (await _api.Anonymous().GetAsync($"{B}/sessions/{published.Id}")).ReadOkAsync<JsonElement>()).GetProperty("status").GetString();
        _api.Clock.Reset();

        await accepted.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:piedmont:problem:registration-closed", problem.GetProperty("type").GetString());
        Assert.Equal("registration-closed", status);
    }

    [Fact]
    public async Task AvailabilityOutsideTheSessionNamesTheSlot()
    {
        var published = await _api.PublishedSessionAsync();
        var startup = await _api.OrganisationAsync();

        var response = await _api.RegisterAsync(published.Id, startup, availableSlots: [1, 4, 8]);

        Assert.Equal(["availableSlots[1]", "availableSlots[2]"], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SecondRegistrationIsAConflictAndACancelledOneCanBeTakenUpAgain()
    {
        var published = await _api.PublishedSessionAsync();
        var startup = await _api.OrganisationAsync();
        var registration = await _api.RegisteredAsync(published.Id, startup);

        var twice = await _api.RegisterAsync(published.Id, startup);
        await (await _api.User(startup).PostAsync($"{B}/registrations/{MatchmakingApi.Id(registration)}/cancel", null)).ReadOkAsync<JsonElement>();
        var again = await _api.RegisteredAsync(published.Id, startup, availableSlots: [0]);

        Assert.Equal("urn:piedmont:problem:already-registered", (await twice.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal((MatchmakingApi.Id(registration), "registered"), (MatchmakingApi.Id(again), again.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task CancelledRegistrationWithdrawsItsRequestsAndCancelsItsMeetings()
    {
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out", buyers: 2);
        var startup = await _api.OrganisationAsync();
        var registration = MatchmakingApi.Id(await _api.RegisteredAsync(published.Id, startup));
        var booked = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, published.Buyers[0]));
        var open = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, published.Buyers[1]));
        var meeting = MatchmakingApi.Id(await (await MatchmakingApi.BookAsync(_api.User(startup), booked, 0)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));

        await (await _api.User(startup).PostAsync($"{B}/registrations/{registration}/cancel", null)).ReadOkAsync<JsonElement>();

        foreach (var request in new[] { booked, open })
        {
            var read = await (await _api.Manager().GetAsync($"{B}/requests/{request}")).ReadOkAsync<JsonElement>();
            Assert.Equal("withdrawn", read.GetProperty("status").GetString());
        }
        var cancelled = await (await _api.Manager().GetAsync($"{B}/meetings/{meeting}")).ReadOkAsync<JsonElement>();
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        var agenda = await (await _api.BuyerUser(published.Buyers[0]).GetAsync($"{B}/sessions/{published.Id}/agenda/mine")).ReadOkAsync<JsonElement>();
        Assert.Empty(MatchmakingApi.Items(agenda));
    }

    [Fact]
    public async Task BuyersSeeTheRegisteredOrganisationsAndOrganisationsOnlyThemselves()
    {
        var published = await _api.PublishedSessionAsync();
        var first = await _api.OrganisationAsync();
        var second = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, first);
        await _api.RegisteredAsync(published.Id, second);

        var seenByBuyer = await (await _api.BuyerUser(published.Buyers[0]).GetAsync($"{B}/sessions/{published.Id}/registrations")).ReadOkAsync<JsonElement>();
        var seenByFirst = await (await _api.User(first).GetAsync($"{B}/sessions/{published.Id}/registrations")).ReadOkAsync<JsonElement>();

        Assert.Equal(new[] { first, second }.Order(), MatchmakingApi.Items(seenByBuyer).Select(r => r.GetProperty("organisationId").GetGuid()).Order());
        Assert.Equal([first], MatchmakingApi.Items(seenByFirst).Select(r => r.GetProperty("organisationId").GetGuid()));
    }

    [Fact]
    public async Task BuyerAvailabilityIsSetByItsUsersWithIfMatch()
    {
        var published = await _api.PublishedSessionAsync();
        var buyerId = MatchmakingApi.Id(published.Buyers[0]);
        var client = _api.BuyerUser(published.Buyers[0]);
        var read = await client.GetAsync($"{B}/sessions/{published.Id}/buyers/{buyerId}");
        var etag = read.Headers.ETag!.Tag;

        var withoutIfMatch = await client.PutAsJsonAsync($"{B}/sessions/{published.Id}/buyers/{buyerId}/availability", new { availableSlots = new[] { 0, 1 } });
        var request = new HttpRequestMessage(HttpMethod.Put, $"{B}/sessions/{published.Id}/buyers/{buyerId}/availability") { Content = JsonContent.Create(new { availableSlots = new[] { 0, 1 } }) };
        request.Headers.IfMatch.ParseAdd(etag);
        var updated = await (await client.SendAsync(request)).ReadOkAsync<JsonElement>();

        await withoutIfMatch.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal([0, 1], updated.GetProperty("availableSlots").EnumerateArray().Select(s => s.GetInt32()));
    }
}
