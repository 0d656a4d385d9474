using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

public class B2bDayTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly EventsApi _api = new(fixture.Service, fixture.Clock);

    [Fact]
    public async Task TheSchedulerPlacesAcceptedRequestsBetweenOrganisationsAndGuestsWithoutDoubleBooking()
    {
        var eventId = await _api.PublishedAsync(_api.EventBody(capacity: 6));
        var organisations = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var participants = new List<(Guid Id, HttpClient Client)>();
        foreach (var organisation in organisations)
        {
            var registration = await (await _api.RegisterAsync(eventId, organisation)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
            participants.Add((EventsApi.Id(registration), _api.Organisation(organisation)));
        }
        for (var i = 0; i < 4; i++)
        {
            var guest = await (await _api.Officer().PostAsJsonAsync($"{EventsApi.Events}/{eventId}/guests",
                new { name = $"Guest {i}", country = "DE", organisation = $"GmbH {i}" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
            participants.Add((EventsApi.Id(guest), _api.Officer()));
        }
        await (await _api.Officer().PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-day",
            new { slotMinutes = 30, slotCount = 6, breaks = new[] { 2 }, tableCount = 3 })).ReadOkAsync<JsonElement>();

        // Each participant asks the next three around the ring; the asked side accepts.
        var requests = 0;
        for (var i = 0; i < participants.Count; i++)
        {
            for (var step = 1; step <= 3; step++)
            {
                var (from, client) = participants[i];
                var to = participants[(i + step) % participants.Count];
                var body = new { fromParticipantId = from, toParticipantId = to.Id };
                var asked = await client.PostAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-requests", body);
                if (asked.StatusCode == HttpStatusCode.Conflict)
                {
                    continue; // the other side asked first
                }
                var request = await asked.ReadOkAsync<JsonElement>(HttpStatusCode.Created);
                await (await to.Client.PostAsync($"/api/internationalisation/b2b-requests/{EventsApi.Id(request)}/accept", null)).ReadOkAsync<JsonElement>();
                requests++;
            }
        }

        var result = await (await _api.Officer().PostAsync($"{EventsApi.Events}/{eventId}/b2b-schedule", null)).ReadOkAsync<JsonElement>();
        Assert.Equal(requests, result.GetProperty("requested").GetInt32());
        var placed = result.GetProperty("placed").GetInt32();
        Assert.True(placed > 0 && placed <= result.GetProperty("upperBound").GetInt32());
        Assert.Equal("preliminary", result.GetProperty("agendaStatus").GetString());

        var rows = await _api.Service.QueryAsync<InternationalisationDbContext, List<B2bMeetingRequest>>(db =>
            db.B2bMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());
        var meetings = rows.Where(r => r.Slot != null).ToList();
        Assert.Equal(placed, meetings.Count);
        Assert.DoesNotContain(meetings, m => m.Slot == 2);
        var problem = new SchedulingProblem(6, 3,
            participants.Select(p => new SchedulingParticipant(p.Id.ToString(), new HashSet<int> { 0, 1, 3, 4, 5 })).ToList(),
            rows.Select(r => new SchedulingRequest(r.Id.ToString(), r.FromParticipantId.ToString(), r.ToParticipantId.ToString())).ToList());
        var schedule = new ScheduleResult(meetings.Select(m => new ScheduledMeeting(m.Id.ToString(), m.Slot!.Value, m.Table!.Value)).ToList(),
            rows.Where(r => r.Slot == null).Select(r => r.Id.ToString()).ToList(), result.GetProperty("upperBound").GetInt32());
        Assert.Empty(ScheduleValidation.Violations(problem, schedule));

        var figures = await _api.Service.QueryAsync<InternationalisationDbContext, Apis.Events.EventsIndicators.EventFigures>(db =>
            Apis.Events.EventsIndicators.ComputeAsync(db, null, CancellationToken.None));
        Assert.True(figures.B2bMeetingsRequested >= requests && figures.B2bMeetingsPlaced >= placed && figures.EventsByKind["b2b-day"] >= 1);

        // A guest's agenda is read by CEIP officers, not by an organisation.
        var guestId = participants[^1].Id;
        var agenda = await (await _api.Officer().GetAsync($"{EventsApi.Events}/{eventId}/agendas/{guestId}")).ReadOkAsync<JsonElement>();
        Assert.Equal(meetings.Count(m => m.FromParticipantId == guestId || m.ToParticipantId == guestId), agenda.GetProperty("meetings").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await participants[0].Client.GetAsync($"{EventsApi.Events}/{eventId}/agendas/{guestId}")).StatusCode);
        var own = await (await participants[0].Client.GetAsync($"{EventsApi.Events}/{eventId}/agendas/{participants[0].Id}")).ReadOkAsync<JsonElement>();
        Assert.Equal(meetings.Count(m => m.FromParticipantId == participants[0].Id || m.ToParticipantId == participants[0].Id), own.GetProperty("meetings").GetArrayLength());

        // Scheduling again keeps what was placed; final freezes it.
        await (await _api.Officer().PostAsync($"{EventsApi.Events}/{eventId}/b2b-schedule", null)).ReadOkAsync<JsonElement>();
        var again = await _api.Service.QueryAsync<InternationalisationDbContext, List<B2bMeetingRequest>>(db =>
            db.B2bMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId && r.Slot != null).ToListAsync());
        Assert.All(meetings, m => Assert.Contains(again, a => a.Id == m.Id && a.Slot == m.Slot && a.Table == m.Table));
        await (await _api.Officer().PostAsync($"{EventsApi.Events}/{eventId}/b2b-agenda/final", null)).ReadOkAsync<JsonElement>();
        var problemFinal = await (await _api.Officer().PostAsync($"{EventsApi.Events}/{eventId}/b2b-schedule", null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("invalid-transition", EventsApi.Code(problemFinal));
    }

    [Fact]
    public async Task AnOrganisationCannotAnswerForAGuestNorAskForAnotherOrganisation()
    {
        var eventId = await _api.PublishedAsync(_api.EventBody(capacity: 3));
        var organisation = Guid.NewGuid();
        var registration = EventsApi.Id(await (await _api.RegisterAsync(eventId, organisation)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var other = Guid.NewGuid();
        var otherRegistration = EventsApi.Id(await (await _api.RegisterAsync(eventId, other)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var guest = EventsApi.Id(await (await _api.Officer().PostAsJsonAsync($"{EventsApi.Events}/{eventId}/guests",
            new { name = "Anna Schmidt", country = "AT", organisation = "Wien AG" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created));

        var request = EventsApi.Id(await (await _api.Organisation(organisation).PostAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-requests",
            new { toParticipantId = guest })).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var forbidden = await (await _api.Organisation(organisation).PostAsync($"/api/internationalisation/b2b-requests/{request}/accept", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("forbidden", EventsApi.Code(forbidden));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Organisation(other).PostAsync($"/api/internationalisation/b2b-requests/{request}/accept", null)).StatusCode);

        // Naming another organisation's registration as the asker does not make the caller act for it.
        var asked = await (await _api.Organisation(organisation).PostAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-requests",
            new { fromParticipantId = otherRegistration, toParticipantId = registration })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("meeting-with-oneself", EventsApi.Code(asked));
        await (await _api.Officer().PostAsync($"/api/internationalisation/b2b-requests/{request}/accept", null)).ReadOkAsync<JsonElement>();
    }
}
