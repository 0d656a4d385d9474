using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests.Events;

public class EventCapacityTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    private const int Registrants = 40;
    private const int Capacity = 10;

    private readonly EventsApi _api = new(fixture.Service, fixture.Clock);

    [Fact]
    public async Task ConcurrentRegistrationsNeverExceedTheCapacityAndTheRestWaitInPositionsOneToN()
    {
        var id = await _api.PublishedAsync(_api.EventBody(capacity: Capacity));
        using var start = new SemaphoreSlim(0);
        var clients = Enumerable.Range(0, Registrants).Select(_ => _api.Organisation(Guid.NewGuid())).ToList();
        var attempts = clients.Select(async client =>
        {
            await start.WaitAsync();
            return await client.PostAsync($"{EventsApi.Events}/{id}/registrations", null);
        }).ToList();
        start.Release(Registrants);
        var answers = await Task.WhenAll(attempts);

        var registrations = new List<JsonElement>();
        foreach (var answer in answers)
        {
            registrations.Add(await answer.ReadOkAsync<JsonElement>(HttpStatusCode.Created));
        }
        Assert.Equal(Capacity, registrations.Count(r => r.GetProperty("status").GetString() == "confirmed"));
        var positions = registrations.Where(r => r.GetProperty("status").GetString() == "wait-listed")
            .Select(r => r.GetProperty("waitListPosition").GetInt32()).Order().ToList();
        Assert.Equal(Enumerable.Range(1, Registrants - Capacity), positions);

        var (confirmed, waiting) = await _api.Service.QueryAsync<InternationalisationDbContext, (int, int)>(async db =>
            (await db.EventRegistrations.CountAsync(r => r.EventId == id && r.Status == EventRegistrationStatus.Confirmed),
                await db.EventRegistrations.CountAsync(r => r.EventId == id && r.Status == EventRegistrationStatus.WaitListed)));
        Assert.Equal((Capacity, Registrants - Capacity), (confirmed, waiting));
    }
}
