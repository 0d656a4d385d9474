using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

public class B2bParticipantsTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private readonly EventsApi _api = new(fixture.Service, fixture.Clock);

    [Fact]
    public async Task ParticipantsSeeTheDirectoryWithCardsAndTheirOwnRequestsButOutsidersDoNot()
    {
        var (eventId, a, b, guest) = await DayAsync();
        var (org, registration) = a;
        await (await _api.Organisation(org).PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-participants/{registration}/profile",
            new { offer = "  Precision gears for e-bikes  ", seek = "Distributors in Bavaria", unavailableSlots = new[] { 0 } })).ReadOkAsync<JsonElement>();
        await (await _api.Organisation(org).PostAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-requests", new { toParticipantId = guest }))
            .ReadOkAsync<JsonElement>(HttpStatusCode.Created);

        var directory = await (await _api.Organisation(b.Org).GetAsync($"{EventsApi.Events}/{eventId}/b2b-participants")).ReadOkAsync<JsonElement>();
        var cards = directory.EnumerateArray().ToDictionary(p => p.GetProperty("participantId").GetGuid());
        Assert.Equal(3, cards.Count);
        Assert.Equal("Precision gears for e-bikes", cards[registration].GetProperty("offer").GetString());
        Assert.Equal([0], cards[registration].GetProperty("unavailableSlots").EnumerateArray().Select(s => s.GetInt32()).ToArray());
        Assert.False(cards[registration].GetProperty("yours").GetBoolean());
        Assert.True(cards[b.Registration].GetProperty("yours").GetBoolean());
        Assert.Equal("guest", cards[guest].GetProperty("kind").GetString());
        Assert.Equal("DE", cards[guest].GetProperty("country").GetString());

        // Requests: the asker and CEIP see the request; the other participant sees none of it.
        var mine = await (await _api.Organisation(org).GetAsync($"{EventsApi.Events}/{eventId}/b2b-requests")).ReadOkAsync<JsonElement>();
        Assert.Equal(guest, Assert.Single(mine.EnumerateArray()).GetProperty("toParticipantId").GetGuid());
        Assert.Equal(0, (await (await _api.Organisation(b.Org).GetAsync($"{EventsApi.Events}/{eventId}/b2b-requests")).ReadOkAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(1, (await (await _api.Officer().GetAsync($"{EventsApi.Events}/{eventId}/b2b-requests?status=pending")).ReadOkAsync<JsonElement>()).GetArrayLength());

        // An organisation not taking part, anonymous, a wrong role: refused.
        var outsider = await (await _api.Organisation(Guid.NewGuid()).GetAsync($"{EventsApi.Events}/{eventId}/b2b-participants")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("forbidden", EventsApi.Code(outsider));
        await (await _api.Anonymous().GetAsync($"{EventsApi.Events}/{eventId}/b2b-participants")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await _api.WrongRole().GetAsync($"{EventsApi.Events}/{eventId}/b2b-requests")).ReadProblemAsync(HttpStatusCode.Forbidden);
        // Another participant's card is not yours to set.
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Organisation(b.Org).PutAsJsonAsync(
            $"{EventsApi.Events}/{eventId}/b2b-participants/{registration}/profile", new { offer = "Hijacked" })).StatusCode);
    }

    [Fact]
    public async Task TheSchedulerLeavesAParticipantsUnavailableSlotsFreeAndAPlacedMeetingKeepsItsSlot()
    {
        var (eventId, a, b, guest) = await DayAsync();
        // a cannot attend slots 0, 1 and 3: its one meeting with b must land in slot 4 or 5.
        await (await _api.Organisation(a.Org).PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-participants/{a.Registration}/profile",
            new { unavailableSlots = new[] { 0, 1, 3 } })).ReadOkAsync<JsonElement>();
        var request = EventsApi.Id(await (await _api.Organisation(a.Org).PostAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-requests",
            new { toParticipantId = b.Registration })).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        await (await _api.Organisation(b.Org).PostAsync($"/api/internationalisation/b2b-requests/{request}/accept", null)).ReadOkAsync<JsonElement>();

        var result = await (await _api.Officer().PostAsync($"{EventsApi.Events}/{eventId}/b2b-schedule", null)).ReadOkAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("placed").GetInt32());
        var agenda = await (await _api.Organisation(a.Org).GetAsync($"{EventsApi.Events}/{eventId}/agendas/{a.Registration}")).ReadOkAsync<JsonElement>();
        var slot = Assert.Single(agenda.GetProperty("meetings").EnumerateArray()).GetProperty("slot").GetInt32();
        Assert.Contains(slot, new[] { 4, 5 });

        // The meeting's slot cannot then be made unavailable; slots off the grid are refused; nothing changes.
        var taken = await (await _api.Organisation(b.Org).PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-participants/{b.Registration}/profile",
            new { unavailableSlots = new[] { slot } })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("slot-has-meeting", EventsApi.Code(taken));
        var outside = await (await _api.Organisation(b.Org).PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-participants/{b.Registration}/profile",
            new { unavailableSlots = new[] { 6 } })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("slot-outside-grid", EventsApi.Code(outside));
        var directory = await (await _api.Officer().GetAsync($"{EventsApi.Events}/{eventId}/b2b-participants")).ReadOkAsync<JsonElement>();
        Assert.Equal(0, directory.EnumerateArray().Single(p => p.GetProperty("participantId").GetGuid() == b.Registration).GetProperty("unavailableSlots").GetArrayLength());
        // CEIP officers keep guests' cards.
        await (await _api.Officer().PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-participants/{guest}/profile",
            new { seek = "Suppliers of sensors" })).ReadOkAsync<JsonElement>();
    }

    /// <summary>A published B2B day of 6 slots (slot 2 a break) and 3 tables, two registered organisations and a German guest.</summary>
    private async Task<(Guid EventId, (Guid Org, Guid Registration) A, (Guid Org, Guid Registration) B, Guid Guest)> DayAsync()
    {
        var eventId = await _api.PublishedAsync(_api.EventBody(capacity: 4));
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var ra = EventsApi.Id(await (await _api.RegisterAsync(eventId, a)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var rb = EventsApi.Id(await (await _api.RegisterAsync(eventId, b)).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        var guest = EventsApi.Id(await (await _api.Officer().PostAsJsonAsync($"{EventsApi.Events}/{eventId}/guests",
            new { name = "Jonas Weber", country = "DE", organisation = "Weber Antriebe GmbH" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        await (await _api.Officer().PutAsJsonAsync($"{EventsApi.Events}/{eventId}/b2b-day",
            new { slotMinutes = 30, slotCount = 6, breaks = new[] { 2 }, tableCount = 3 })).ReadOkAsync<JsonElement>();
        return (eventId, (a, ra), (b, rb), guest);
    }
}
