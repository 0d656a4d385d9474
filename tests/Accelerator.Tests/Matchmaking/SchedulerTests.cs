using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>The organiser's scheduler: placements without conflicts, booked meetings kept, the agenda published preliminary then final.</summary>
public class SchedulerTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly MatchmakingApi _api = new(fixture.Service, fixture.Clock);
    private const string B = MatchmakingApi.Base;

    [Fact]
    public async Task SchedulerPlacesAcceptedRequestsWithoutConflictsAndKeepsBookedOnes()
    {
        _api.Clock.Reset();
        var published = await _api.PublishedSessionAsync(b =>
        {
            b["acceptanceMode"] = "opt-out";
            b["schedulingMode"] = "scheduler";
        }, buyers: 3);
        var startups = new List<Guid>();
        var requests = new List<(Guid Startup, JsonElement Request)>();
        for (var i = 0; i < 6; i++)
        {
            var startup = await _api.OrganisationAsync();
            startups.Add(startup);
            await _api.RegisteredAsync(published.Id, startup, availableSlots: i == 0 ? [5] : null);
            foreach (var buyer in published.Buyers.Where((_, b) => (b + i) % 3 != 0))
            {
                requests.Add((startup, await _api.RequestAsync(published.Id, startup, buyer)));
            }
        }
        var pinned = requests.First(r => r.Startup == startups[1]).Request;
        var byHand = await (await MatchmakingApi.BookAsync(_api.Manager(), MatchmakingApi.Id(pinned), slot: 5)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        var selfBooking = await MatchmakingApi.BookAsync(_api.User(startups[2]), MatchmakingApi.Id(requests.First(r => r.Startup == startups[2]).Request), slot: 1);

        var run = await (await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/schedule", null)).ReadOkAsync<JsonElement>();
        var again = await (await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/schedule", null)).ReadOkAsync<JsonElement>();

        Assert.Equal("urn:piedmont:problem:forbidden", (await selfBooking.ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("type").GetString());
        Assert.Equal(1, run.GetProperty("pinned").GetInt32());
        Assert.Equal(requests.Count, run.GetProperty("placed").GetInt32() + run.GetProperty("pinned").GetInt32() + run.GetProperty("unplaced").GetArrayLength());
        Assert.True(run.GetProperty("placed").GetInt32() >= requests.Count / 2, run.ToString());
        Assert.Equal(run.GetProperty("placed").GetInt32(), again.GetProperty("placed").GetInt32());   // a second run replaces the first

        var meetings = await _api.Service.QueryAsync<AcceleratorDbContext, List<Meeting>>(db => db.Meetings.AsNoTracking()
            .Where(m => m.SessionId == published.Id && m.Status != MeetingStatus.Cancelled).ToListAsync());
        var tables = await _api.Service.QueryAsync<AcceleratorDbContext, Dictionary<Guid, int>>(db => db.SessionBuyers.AsNoTracking()
            .Where(b => b.SessionId == published.Id).ToDictionaryAsync(b => b.BuyerId, b => b.Table));
        Assert.Equal(run.GetProperty("placed").GetInt32() + 1, meetings.Count);
        Assert.DoesNotContain(meetings.GroupBy(m => (m.ParticipantOrganisationId, m.Slot)), g => g.Count() > 1);
        Assert.DoesNotContain(meetings.GroupBy(m => (m.BuyerId, m.Slot)), g => g.Count() > 1);
        Assert.DoesNotContain(meetings.GroupBy(m => (m.Table, m.Slot)), g => g.Count() > 1);
        Assert.All(meetings, m => Assert.Equal(tables[m.BuyerId], m.Table));       // buyers sit at their own table
        Assert.All(meetings, m => Assert.NotEqual(4, m.Slot));                       // never in the break
        Assert.All(meetings.Where(m => m.ParticipantOrganisationId == startups[0]), m => Assert.Equal(5, m.Slot));   // only available in slot 5
        var kept = meetings.Single(m => m.Id == MatchmakingApi.Id(byHand));
        Assert.Equal((5, MeetingStatus.Scheduled, MeetingOrigin.Booked), (kept.Slot, kept.Status, kept.Origin));
        Assert.All(meetings.Where(m => m.Id != kept.Id), m => Assert.Equal(MeetingStatus.Tentative, m.Status));

        // Tentative meetings are the managers' until a preliminary agenda; then the sides see them.
        var startupWithTentative = meetings.First(m => m.Status == MeetingStatus.Tentative).ParticipantOrganisationId;
        var before = await (await _api.User(startupWithTentative).GetAsync($"{B}/sessions/{published.Id}/agenda/mine")).ReadOkAsync<JsonElement>();
        var early = await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/agenda/preliminary", null);
        _api.CloseRegistration(published.Session);
        await (await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/agenda/preliminary", null)).ReadOkAsync<JsonElement>();
        var after = await (await _api.User(startupWithTentative).GetAsync($"{B}/sessions/{published.Id}/agenda/mine")).ReadOkAsync<JsonElement>();
        Assert.Equal("urn:piedmont:problem:registration-still-open", (await early.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.True(MatchmakingApi.Items(after).Count() > MatchmakingApi.Items(before).Count());
        Assert.All(MatchmakingApi.Items(after), e => Assert.Matches(@"\+0[12]:00$", e.GetProperty("startsAt").GetString()));

        // The final agenda makes them scheduled and announces each; then only cancellations.
        var final = await (await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/agenda/final", null)).ReadOkAsync<JsonElement>();
        Assert.Equal("agenda-final", final.GetProperty("status").GetString());
        var scheduled = (await _api.OutboxMentioningAsync(published.Id.ToString())).Count(m => m.MessageType.EndsWith(":meeting-scheduled:v1", StringComparison.Ordinal));
        Assert.Equal(meetings.Count, scheduled);   // the one booked by hand was announced when booked
        var rerun = await _api.Manager().PostAsync($"{B}/sessions/{published.Id}/schedule", null);
        Assert.Equal("urn:piedmont:problem:agenda-final", (await rerun.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var lateRequest = await _api.User(startups[5]).PostAsJsonAsync($"{B}/sessions/{published.Id}/requests", new { buyerId = MatchmakingApi.Id(published.Buyers[0]), message = "Late" });
        await lateRequest.ReadProblemAsync(HttpStatusCode.Conflict);
        var cancel = await _api.User(kept.ParticipantOrganisationId).PostAsync($"{B}/meetings/{kept.Id}/cancel", null);
        Assert.Equal("cancelled", (await cancel.ReadOkAsync<JsonElement>()).GetProperty("status").GetString());
        _api.Clock.Reset();
    }

    [Fact]
    public async Task WholeScheduleIsForManagersAndFiltersByOrganisation()
    {
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out", buyers: 2);
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        foreach (var (buyer, slot) in published.Buyers.Select((b, i) => (b, i)))
        {
            var request = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, buyer));
            await (await MatchmakingApi.BookAsync(_api.User(startup), request, slot)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        }

        var all = await (await _api.Manager().GetAsync($"{B}/sessions/{published.Id}/agenda?organisationId={startup}&limit=1")).ReadOkAsync<JsonElement>();
        var next = await (await _api.Manager().GetAsync($"{B}/sessions/{published.Id}/agenda?organisationId={startup}&limit=1&cursor={all.GetProperty("nextCursor").GetString()}"))
            .ReadOkAsync<JsonElement>();

        Assert.Equal([0], MatchmakingApi.Items(all).Select(m => m.GetProperty("slot").GetInt32()));
        Assert.Equal([1], MatchmakingApi.Items(next).Select(m => m.GetProperty("slot").GetInt32()));
        Assert.Equal(JsonValueKind.Null, next.GetProperty("nextCursor").ValueKind);
        await (await _api.User(startup).GetAsync($"{B}/sessions/{published.Id}/agenda")).ReadProblemAsync(HttpStatusCode.Forbidden);
    }
}
