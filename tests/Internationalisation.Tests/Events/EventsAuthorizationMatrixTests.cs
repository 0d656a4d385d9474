using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

/// <summary>
/// Every protected endpoint of international events, called by the anonymous, by organisations' users
/// where it is not theirs, by a cluster manager and by a role it is not for: refused with problem
/// details (401 anonymous, 403 wrong role by policy, 404 where a draft's or a registration's
/// existence is private), and nothing changes. The allowed callers are tested with each feature.
/// </summary>
public class EventsAuthorizationMatrixTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly EventsApi _api = new(fixture.Service, fixture.Clock);

    public enum Caller
    {
        Anonymous,

        /// <summary>A user of the organisation that holds the registration.</summary>
        OwnOrganisation,

        /// <summary>A user of an organisation with nothing to do with the registration.</summary>
        OtherOrganisation,
        ClusterManager,

        /// <summary>An evaluator: signed in, with no part in internationalisation.</summary>
        WrongRole,

        /// <summary>A CEIP officer, where the endpoint is an organisation's.</summary>
        CeipOfficer,
    }

    public static TheoryData<string, string, Caller, HttpStatusCode> Refusals => new()
    {
        // Events: CEIP officers draft, amend, publish and cancel
        { "POST", "/api/internationalisation/events", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/internationalisation/events/{event}", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{draft}/publish", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{draft}/publish", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{draft}/publish", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{draft}/publish", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/cancel", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/cancel", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/cancel", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/cancel", Caller.WrongRole, HttpStatusCode.Forbidden },
        // Drafts are CEIP's working papers
        { "GET", "/api/internationalisation/events/{draft}", Caller.Anonymous, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{draft}", Caller.OwnOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{draft}", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{draft}", Caller.WrongRole, HttpStatusCode.NotFound },
        { "POST", "/api/internationalisation/events/{draft}/registrations", Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{draft}/registrations", Caller.OwnOrganisation, HttpStatusCode.NotFound },
        // Registrations: an organisation's users register it; only they and CEIP officers see or cancel it
        { "POST", "/api/internationalisation/events/{event}/registrations", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/registrations", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/registrations", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/registrations", Caller.CeipOfficer, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/registrations", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/event-registrations/{registration}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/event-registrations/{registration}", Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/event-registrations/{registration}", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/event-registrations/{registration}", Caller.WrongRole, HttpStatusCode.NotFound },
        { "POST", "/api/internationalisation/event-registrations/{registration}/cancel", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/event-registrations/{registration}/cancel", Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "POST", "/api/internationalisation/event-registrations/{registration}/cancel", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "POST", "/api/internationalisation/event-registrations/{registration}/cancel", Caller.WrongRole, HttpStatusCode.NotFound },
        // B2B days: CEIP officers define the day, add guests, schedule; a participant's agenda is its own
        { "PUT", "/api/internationalisation/events/{event}/b2b-day", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/internationalisation/events/{event}/b2b-day", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}/b2b-day", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}/b2b-day", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/guests", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/guests", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/guests", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/guests", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/guests", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/events/{event}/guests", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/guests", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/guests", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-schedule", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/b2b-schedule", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-schedule", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-schedule", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-agenda/final", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/b2b-agenda/final", Caller.OwnOrganisation, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-agenda/final", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "POST", "/api/internationalisation/events/{event}/b2b-agenda/final", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/agendas/{registration}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/events/{event}/agendas/{registration}", Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{event}/agendas/{registration}", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "GET", "/api/internationalisation/events/{event}/agendas/{registration}", Caller.WrongRole, HttpStatusCode.NotFound },
        { "POST", "/api/internationalisation/events/{event}/b2b-requests", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/events/{event}/b2b-requests", Caller.OtherOrganisation, HttpStatusCode.UnprocessableEntity },
        { "POST", "/api/internationalisation/events/{event}/b2b-requests", Caller.ClusterManager, HttpStatusCode.UnprocessableEntity },
        { "POST", "/api/internationalisation/events/{event}/b2b-requests", Caller.WrongRole, HttpStatusCode.UnprocessableEntity },
        { "POST", "/api/internationalisation/b2b-requests/{registration}/accept", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/internationalisation/b2b-requests/{registration}/decline", Caller.Anonymous, HttpStatusCode.Unauthorized },
        // B2B days: the participants' directory and requests are for the day's participants and CEIP officers; a card is its participant's
        { "GET", "/api/internationalisation/events/{event}/b2b-participants", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/events/{event}/b2b-participants", Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/b2b-participants", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/b2b-participants", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/b2b-requests", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/internationalisation/events/{event}/b2b-requests", Caller.OtherOrganisation, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/b2b-requests", Caller.ClusterManager, HttpStatusCode.Forbidden },
        { "GET", "/api/internationalisation/events/{event}/b2b-requests", Caller.WrongRole, HttpStatusCode.Forbidden },
        { "PUT", "/api/internationalisation/events/{event}/b2b-participants/{registration}/profile", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/internationalisation/events/{event}/b2b-participants/{registration}/profile", Caller.OtherOrganisation, HttpStatusCode.NotFound },
        { "PUT", "/api/internationalisation/events/{event}/b2b-participants/{registration}/profile", Caller.ClusterManager, HttpStatusCode.NotFound },
        { "PUT", "/api/internationalisation/events/{event}/b2b-participants/{registration}/profile", Caller.WrongRole, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedWithProblemDetailsAndNothingChanges(string method, string template, Caller caller, HttpStatusCode expected)
    {
        var own = Guid.NewGuid();
        var draft = EventsApi.Id(await _api.DraftAsync(_api.EventBody()));
        var eventBody = _api.EventBody();
        var published = await _api.PublishedAsync(eventBody);
        var registration = EventsApi.Id(await (await _api.RegisterAsync(published, own)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var path = template.Replace("{draft}", draft.ToString(), StringComparison.Ordinal)
            .Replace("{event}", published.ToString(), StringComparison.Ordinal)
            .Replace("{registration}", registration.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            // A meeting request names whom it asks, so what is refused is the caller, not the body.
            request.Content = template.EndsWith("/b2b-requests", StringComparison.Ordinal)
                ? JsonContent.Create(new { toParticipantId = registration })
                : JsonContent.Create(eventBody);
        }
        if (method == "PUT")
        {
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        }
        var client = caller switch
        {
            Caller.Anonymous => _api.Anonymous(),
            Caller.OwnOrganisation => _api.Organisation(own),
            Caller.OtherOrganisation => _api.Organisation(Guid.NewGuid()),
            Caller.ClusterManager => _api.ClusterManager(),
            Caller.CeipOfficer => _api.Officer(),
            _ => _api.WrongRole(),
        };
        var before = await _api.ChangeCountsAsync();
        var eventBefore = (await _api.EventAsync(published)).GetRawText();

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await _api.ChangeCountsAsync());
        Assert.Equal(eventBefore, (await _api.EventAsync(published)).GetRawText());
    }

    [Fact]
    public async Task AnOrganisationListingAnEventsRegistrationsSeesOnlyItsOwn()
    {
        var id = await _api.PublishedAsync(_api.EventBody());
        var own = Guid.NewGuid();
        await (await _api.RegisterAsync(id, own)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await _api.RegisterAsync(id, Guid.NewGuid())).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var mine = await (await _api.Organisation(own).GetAsync($"{EventsApi.Events}/{id}/registrations")).ReadOkAsync<JsonElement>();
        var items = mine.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(own, Assert.Single(items).GetProperty("organisationId").GetGuid());
        var theirs = await (await _api.Organisation(Guid.NewGuid()).GetAsync($"{EventsApi.Events}/{id}/registrations")).ReadOkAsync<JsonElement>();
        Assert.Empty(theirs.GetProperty("items").EnumerateArray());
        var all = await (await _api.Officer().GetAsync($"{EventsApi.Events}/{id}/registrations")).ReadOkAsync<JsonElement>();
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
    }
}
