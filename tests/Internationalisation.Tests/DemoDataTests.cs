using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Internationalisation.Infrastructure.DemoData;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests;

/// <summary>The synthetic year of CEIP work the demo-data loader writes (issue 11, item 11).</summary>
public class DemoDataTests(InternationalisationFixture fixture) : IClassFixture<InternationalisationFixture>
{
    [Fact]
    public async Task DemoDataHoldsAYearOfRequestsThreeLabelledEventsWithAScheduledB2bDayOf150PartneringProfilesAndAnnouncedCollaborations()
    {
        var now = fixture.Clock.GetUtcNow();
        var organisations = Enumerable.Range(0, 400).Select(i => new DemoParticipant(Guid.NewGuid(), $"Demo firm {i:D3} (demo)")).ToList();

        await fixture.Service.QueryAsync<InternationalisationDbContext, bool>(async db =>
        {
            await LiaisonDemoData.LoadAsync(db, organisations, new LiaisonOptions(), now, CancellationToken.None);
            await EventsDemoData.LoadAsync(db, organisations, now, CancellationToken.None);
            PartneringDemoData.Load(db, organisations, now);
            await CollaborationsDemoData.LoadAsync(db, now, CancellationToken.None);
            return true;
        });

        var (requests, events, registrations, guests, meetings, day, announced, loaded) = await fixture.Service.QueryAsync<InternationalisationDbContext,
            (List<LiaisonRequest>, List<InternationalEvent>, List<EventRegistration>, int, List<B2bMeetingRequest>, B2bDay, int, bool)>(async db => (
                await db.LiaisonRequests.AsNoTracking().ToListAsync(), await db.InternationalEvents.AsNoTracking().OrderBy(e => e.StartsAt).ToListAsync(),
                await db.EventRegistrations.AsNoTracking().ToListAsync(), await db.B2bGuests.CountAsync(), await db.B2bMeetingRequests.AsNoTracking().ToListAsync(),
                await db.B2bDays.AsNoTracking().SingleAsync(), await db.Set<OutboxMessage>().CountAsync(), await EventsDemoData.IsLoadedAsync(db, CancellationToken.None)));

        // A year of requests at every stage of their life, all labelled.
        Assert.Equal(140, requests.Count);
        Assert.All(requests, r => Assert.True(r.OpenedAt > now.AddDays(-366) && r.OpenedAt <= now && r.DescriptionEn!.EndsWith("(demo)", StringComparison.Ordinal)));
        var statuses = requests.Select(r => r.Status).ToHashSet();
        Assert.Superset(new HashSet<LiaisonStatus> { LiaisonStatus.New, LiaisonStatus.InProgress, LiaisonStatus.Closed, LiaisonStatus.Declined }, statuses);
        Assert.Contains(requests, r => r.IsFlagged(now));
        Assert.Contains(requests, r => r.Source == LiaisonSource.Accelerator);

        // Three events: a full trade mission with a wait list, an open fair, a B2B day of 110 organisations and 40 guests.
        // In order of start: the mission four months ago, the B2B day in three weeks, the fair in six.
        Assert.Equal([InternationalEventKind.TradeMission, InternationalEventKind.B2bDay, InternationalEventKind.Fair], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.EndsWith("(demo)", e.Title.En, StringComparison.Ordinal));
        int Confirmed(InternationalEvent e) => registrations.Count(r => r.EventId == e.Id && r.Status == EventRegistrationStatus.Confirmed);
        Assert.Equal((20, 110, 22), (Confirmed(events[0]), Confirmed(events[1]), Confirmed(events[2])));
        Assert.Contains(registrations, r => r.EventId == events[0].Id && r.Status == EventRegistrationStatus.WaitListed);
        Assert.Equal(40, guests);
        Assert.Equal(B2bAgendaStatus.Final, day.AgendaStatus);

        // The B2B day's agenda: placed by the shared scheduler, nobody and no table twice in a slot, no meeting in a break.
                var accepted = meetings.Where(m => m.Status == B2bRequestStatus.Accepted).ToList();
        var placed = accepted.Where(m => m.Slot != null).ToList();
        Assert.True(placed.Count > accepted.Count * 0.8, $"{placed.Count} of {accepted.Count} placed");
        Assert.DoesNotContain(placed, m => day.Breaks.Contains(m.Slot!.Value));
        Assert.Equal(placed.Count, placed.Select(m => (m.Slot, m.Table)).Distinct().Count());
        Assert.Equal(placed.Count * 2, placed.SelectMany(m => new[] { (m.Slot, m.FromParticipantId), (m.Slot, m.ToParticipantId) }).Distinct().Count());

        // Collaborations are announced for the registry; the rest of the history is not.
        Assert.Equal(18, announced);
        Assert.True(loaded);
        var indicators = await (await fixture.Service.CreateClient().GetAsync("/api/internationalisation/indicators")).ReadOkAsync<JsonElement>();
        Assert.Equal(140, indicators.GetProperty("liaison").GetProperty("requests").GetInt32());
        Assert.Equal(18, indicators.GetProperty("collaborations").GetProperty("total").GetInt32());

        // Partnering: published profiles found anonymously, without organisation or contact; some wait for CEIP.
        var search = await (await fixture.Service.CreateClient().GetAsync("/api/internationalisation/partnering-profiles?limit=100")).ReadOkAsync<JsonElement>();
        var items = search.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 20, $"{items.Count} public profiles");
        Assert.All(items, p => Assert.EndsWith("(demo)", p.GetProperty("titleEn").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain("@demo.example", search.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(organisations, o => search.GetRawText().Contains(o.Name, StringComparison.Ordinal));
        var statuses2 = await fixture.Service.QueryAsync<InternationalisationDbContext, List<Domain.Partnering.ProfileStatus>>(db =>
            db.PartneringProfiles.Select(p => p.Status).ToListAsync());
        Assert.Equal(4, statuses2.Count(s => s == Domain.Partnering.ProfileStatus.Submitted));
        Assert.True(await fixture.Service.QueryAsync<InternationalisationDbContext, bool>(db =>
            db.PartneringInterests.AnyAsync(i => i.Status == Domain.Partnering.InterestStatus.Accepted)));
    }
}
