using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Apis.Matchmaking;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.Infrastructure.DemoData;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>The synthetic Meet the corporates history the demo-data seeder loads.</summary>
public class DemoDataTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>
{
    [Fact]
    public async Task DemoDataHoldsTwoLabelledSessionsWithoutDoubleBookingAndLoadsOnce()
    {
        var organisations = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();
        var now = DateTimeOffset.UtcNow;

        await fixture.Service.QueryAsync<AcceleratorDbContext, bool>(async db => { await MatchmakingDemoData.LoadAsync(db, organisations, now, CancellationToken.None); return true; });
        await fixture.Service.QueryAsync<AcceleratorDbContext, bool>(async db => { await MatchmakingDemoData.LoadAsync(db, organisations, now, CancellationToken.None); return true; });

        var (buyers, sessions, registrations, doubleBookings) = await fixture.Service.QueryAsync<AcceleratorDbContext, (List<Buyer>, List<MatchmakingSession>, int, int)>(async db =>
        {
            var live = db.Meetings.Where(m => m.Status != MeetingStatus.Cancelled);
            var doubles = await live.GroupBy(m => new { m.SessionId, m.ParticipantOrganisationId, m.Slot }).CountAsync(g => g.Count() > 1)
                + await live.GroupBy(m => new { m.SessionId, m.BuyerId, m.Slot }).CountAsync(g => g.Count() > 1);
            return (await db.Buyers.ToListAsync(), await db.MatchmakingSessions.OrderBy(s => s.Date).ToListAsync(), await db.SessionRegistrations.CountAsync(), doubles);
        });
        Assert.Equal(40, buyers.Count);
        Assert.All(buyers, b => Assert.EndsWith("(demo)", b.Name, StringComparison.Ordinal));
        Assert.Equal(15, buyers.Count(b => b.FromOutsideRegion));
        Assert.Equal([SessionStatus.Closed, SessionStatus.Published], sessions.Select(s => s.StatusAt(now)));
        Assert.All(sessions, s => Assert.EndsWith("(demo)", s.Title.En, StringComparison.Ordinal));
        Assert.Equal(300, registrations);
        Assert.Equal(0, doubleBookings);

        var figures = await fixture.Service.QueryAsync<AcceleratorDbContext, MatchmakingFigures>(db => MatchmakingIndicators.ComputeAsync(db, null, CancellationToken.None));
        var past = figures.Sessions[0];
        Assert.True(past.MeetingsScheduled > 150 && past.MeetingsHeld == past.MeetingsScheduled, $"{past}");
        Assert.True(past.ContractsSigned > 0 && past.ContractsValueEur > 0, $"{past}");
        Assert.Equal((150, 25), (past.ParticipatingSmes, past.Buyers));
        Assert.Equal(0, figures.Sessions[1].ContractsSigned);
        Assert.Equal((300, 40, 15), (figures.Totals.ParticipatingSmes, figures.Totals.Buyers, figures.Totals.BuyersFromOutsideRegion));
    }
}
