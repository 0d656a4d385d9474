using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

public class InternationalEventsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly EventsApi _api = new(fixture.Service, fixture.Clock);

    [Fact]
    public async Task PublishedEventIsPublicWithItsTimesInItsZoneAndInRomeAndRegistrationsAreConfirmed()
    {
        var body = _api.EventBody(capacity: 2);
        body["country"] = "JP";
        body["city"] = "Tokyo";
        body["timeZone"] = "Asia/Tokyo";
        var id = EventsApi.Id(await _api.DraftAsync(body));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Anonymous().GetAsync($"{EventsApi.Events}/{id}")).StatusCode);

        await (await _api.Officer().PostAsync($"{EventsApi.Events}/{id}/publish", null)).ReadOkAsync<JsonElement>();
        var e = await _api.EventAsync(id);
        Assert.Equal("published", e.GetProperty("status").GetString());
        var startsAtLocal = DateTimeOffset.Parse(e.GetProperty("startsAtLocal").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var startsAtRome = e.GetProperty("startsAt").GetDateTimeOffset();
        Assert.Equal((9, TimeSpan.FromHours(9)), (startsAtLocal.Hour, startsAtLocal.Offset));
        Assert.Equal(startsAtLocal.UtcDateTime, startsAtRome.UtcDateTime);
        Assert.Equal(TimeZoneInfo.ConvertTime(startsAtLocal, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome")).Offset, startsAtRome.Offset);
        Assert.Equal(2, e.GetProperty("placesLeft").GetInt32());
        Assert.False(e.GetProperty("free").GetBoolean());

        var organisation = Guid.NewGuid();
        var registration = await (await _api.RegisterAsync(id, organisation)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("confirmed", registration.GetProperty("status").GetString());
        Assert.Equal(1, (await _api.EventAsync(id)).GetProperty("confirmed").GetInt32());

        Assert.Equal("international-event-published", (await _api.EventsMentioningAsync(id.ToString()))[0]);
        Assert.Contains("event-registration-confirmed", await _api.EventsMentioningAsync(EventsApi.Id(registration).ToString()));
    }

    [Fact]
    public async Task ASecondRegistrationOfTheSameOrganisationIsAConflict()
    {
        var id = await _api.PublishedAsync(_api.EventBody());
        var organisation = Guid.NewGuid();
        await (await _api.RegisterAsync(id, organisation)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var problem = await (await _api.RegisterAsync(id, organisation)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("already-registered", EventsApi.Code(problem));
    }

    [Fact]
    public async Task RegistrationAtTheDeadlineIsAcceptedAndOneTickAfterIsRefused()
    {
        var body = _api.EventBody();
        var deadline = fixture.Clock.GetUtcNow().AddDays(7);
        body["registrationDeadline"] = EventsApi.Instant(deadline);
        deadline = DateTimeOffset.Parse((string)body["registrationDeadline"]!, System.Globalization.CultureInfo.InvariantCulture);
        var id = await _api.PublishedAsync(body);
        fixture.Clock.Set(deadline.AddSeconds(-1));
        try
        {
            var atDeadline = new HttpRequestMessage(HttpMethod.Post, $"{EventsApi.Events}/{id}/registrations").StampedAt(deadline);
            Assert.Equal(HttpStatusCode.Created, (await _api.Organisation(Guid.NewGuid()).SendAsync(atDeadline)).StatusCode);

            var changes = await _api.ChangeCountsAsync();
            var late = new HttpRequestMessage(HttpMethod.Post, $"{EventsApi.Events}/{id}/registrations").StampedAt(deadline.AddTicks(1));
            var problem = await (await _api.Organisation(Guid.NewGuid()).SendAsync(late)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("deadline-passed", EventsApi.Code(problem));
            Assert.Equal(changes, await _api.ChangeCountsAsync());
        }
        finally
        {
            fixture.Clock.Reset();
        }
    }

    [Fact]
    public async Task AFullEventWaitListsInArrivalOrderAndACancellationMovesTheFirstWaitingUp()
    {
        var id = await _api.PublishedAsync(_api.EventBody(capacity: 1));
        var first = await (await _api.RegisterAsync(id, Guid.NewGuid())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var secondOrganisation = Guid.NewGuid();
        var second = await (await _api.RegisterAsync(id, secondOrganisation)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var third = await (await _api.RegisterAsync(id, Guid.NewGuid())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("wait-listed", second.GetProperty("status").GetString());
        Assert.Equal(1, second.GetProperty("waitListPosition").GetInt32());
        Assert.Equal(2, third.GetProperty("waitListPosition").GetInt32());
        Assert.Contains("event-registration-wait-listed", await _api.EventsMentioningAsync(EventsApi.Id(second).ToString()));

        await (await _api.Officer().PostAsync($"/api/internationalisation/event-registrations/{EventsApi.Id(first)}/cancel", null)).ReadOkAsync<JsonElement>();

        var moved = await (await _api.Organisation(secondOrganisation).GetAsync($"/api/internationalisation/event-registrations/{EventsApi.Id(second)}")).ReadOkAsync<JsonElement>();
        Assert.Equal("confirmed", moved.GetProperty("status").GetString());
        var e = await _api.EventAsync(id);
        Assert.Equal(1, e.GetProperty("confirmed").GetInt32());
        Assert.Equal(1, e.GetProperty("waitListed").GetInt32());
        Assert.Equal(["event-registration-wait-listed", "event-registration-confirmed"], await _api.EventsMentioningAsync(EventsApi.Id(second).ToString()));
    }

    [Fact]
    public async Task RaisingTheCapacityMovesTheWaitingUpAndLoweringItBelowTheConfirmedIsRefused()
    {
        var body = _api.EventBody(capacity: 1);
        var id = await _api.PublishedAsync(body);
        await (await _api.RegisterAsync(id, Guid.NewGuid())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var waiting = await (await _api.RegisterAsync(id, Guid.NewGuid())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("wait-listed", waiting.GetProperty("status").GetString());

        var etag = (await _api.Officer().GetAsync($"{EventsApi.Events}/{id}")).Headers.ETag!.Tag;
        body["capacity"] = 2;
        var amend = new HttpRequestMessage(HttpMethod.Put, $"{EventsApi.Events}/{id}") { Content = JsonContent.Create(body) };
        amend.Headers.TryAddWithoutValidation("If-Match", etag);
        var amended = await (await _api.Officer().SendAsync(amend)).ReadOkAsync<JsonElement>();
        Assert.Equal(2, amended.GetProperty("confirmed").GetInt32());
        Assert.Equal(0, amended.GetProperty("waitListed").GetInt32());

        body["capacity"] = 1;
        var lower = new HttpRequestMessage(HttpMethod.Put, $"{EventsApi.Events}/{id}") { Content = JsonContent.Create(body) };
        lower.Headers.TryAddWithoutValidation("If-Match", (await _api.Officer().GetAsync($"{EventsApi.Events}/{id}")).Headers.ETag!.Tag);
        var problem = await (await _api.Officer().SendAsync(lower)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("capacity-below-confirmed", EventsApi.Code(problem));
    }

    [Fact]
    public async Task AnEventWithAnUnknownZoneCountryOrSpiIsRefusedNamingEachField()
    {
        var body = _api.EventBody();
        body["timeZone"] = "Mars/Olympus";
        body["country"] = "XX";
        body["prioritySystems"] = new[] { "NOT_AN_SPI" };
        var problem = await (await _api.Officer().PostAsJsonAsync(EventsApi.Events, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.ErrorFields();
        Assert.Contains("timeZone", fields);
        Assert.Contains("country", fields);
        Assert.Contains("prioritySystems", fields);
    }

    [Fact]
    public async Task AWallClockTimeSkippedByTheClockChangeIsRefused()
    {
        var body = _api.EventBody();
        body["startsAt"] = "2027-03-28T02:30";
        body["endsAt"] = "2027-03-28T17:00";
        body["registrationDeadline"] = "2027-03-01T12:00";
        var problem = await (await _api.Officer().PostAsJsonAsync(EventsApi.Events, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("startsAt", problem.ErrorFields());
    }
}
