using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>
/// Many clients booking the same slot at once: exactly one gets the meeting, every other one a
/// 409 <c>slot-taken</c>, and the database never holds a double booking.
/// </summary>
public class ConcurrentBookingTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    private readonly MatchmakingApi _api = new(fixture.Service, fixture.Clock);
    private const int Clients = 40;

    [Fact]
    public async Task ManyOrganisationsBookingOneBuyersSlotAtOnceGetOneMeeting()
    {
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out");
        var requests = new List<(Guid Organisation, Guid Request)>();
        foreach (var organisation in await OrganisationsAsync(Clients))
        {
            await _api.RegisteredAsync(published.Id, organisation);
            requests.Add((organisation, MatchmakingApi.Id(await _api.RequestAsync(published.Id, organisation, published.Buyers[0]))));
        }

        var answers = await BookAllAtOnceAsync(requests.Select(r => (_api.User(r.Organisation), r.Request)).ToList(), slot: 2);

        await AssertOneWinnerAsync(answers, published.Id);
    }

    [Fact]
    public async Task ManyBuyersBookingOneOrganisationsSlotAtOnceGetOneMeeting()
    {
        var published = await _api.PublishedSessionAsync(b =>
        {
            b["acceptanceMode"] = "opt-out";
            b["tableCount"] = 12;
        }, buyers: 12);
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        var requests = new List<(HttpClient, Guid)>();
        foreach (var buyer in published.Buyers)
        {
            var request = await (await _api.BuyerUser(buyer).PostAsJsonAsync($"{MatchmakingApi.Base}/sessions/{published.Id}/requests",
                new { organisationId = startup, message = "Meet us" })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
            requests.Add((_api.BuyerUser(buyer), MatchmakingApi.Id(request)));
        }

        var answers = await BookAllAtOnceAsync(requests, slot: 6);

        await AssertOneWinnerAsync(answers, published.Id);
    }

    private async Task<List<Guid>> OrganisationsAsync(int count)
    {
        var organisations = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            organisations.Add(await _api.OrganisationAsync());
        }
        return organisations;
    }

    /// <summary>Every client waits at one gate, then all book at once.</summary>
    private static async Task<List<(HttpStatusCode Status, string Body)>> BookAllAtOnceAsync(IReadOnlyList<(HttpClient Client, Guid Request)> bookings, int slot)
    {
        using var gate = new SemaphoreSlim(0);
        var tasks = bookings.Select(async b =>
        {
            await gate.WaitAsync();
            var response = await MatchmakingApi.BookAsync(b.Client, b.Request, slot);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }).ToList();
        gate.Release(bookings.Count);
        return [.. await Task.WhenAll(tasks)];
    }

    private async Task AssertOneWinnerAsync(List<(HttpStatusCode Status, string Body)> answers, Guid sessionId)
    {
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        var refused = answers.Where(a => a.Status != HttpStatusCode.Created).ToList();
        Assert.All(refused, a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        Assert.All(refused, a => Assert.Equal("urn:piedmont:problem:slot-taken", JsonDocument.Parse(a.Body).RootElement.GetProperty("type").GetString()));

        var doubleBookings = await _api.Service.QueryAsync<AcceleratorDbContext, int>(async db =>
        {
            var live = db.Meetings.Where(m => m.SessionId == sessionId && m.Status != MeetingStatus.Cancelled);
            return await live.GroupBy(m => new { m.ParticipantOrganisationId, m.Slot }).CountAsync(g => g.Count() > 1)
                + await live.GroupBy(m => new { m.BuyerId, m.Slot }).CountAsync(g => g.Count() > 1)
                + await live.GroupBy(m => new { m.Table, m.Slot }).CountAsync(g => g.Count() > 1);
        });
        Assert.Equal(0, doubleBookings);
        Assert.Equal(1, await _api.Service.QueryAsync<AcceleratorDbContext, int>(db => db.Meetings.CountAsync(m => m.SessionId == sessionId)));
        Assert.Single(await _api.OutboxMentioningAsync(sessionId.ToString()), m => m.MessageType.EndsWith(":meeting-scheduled:v1", StringComparison.Ordinal));
    }
}
