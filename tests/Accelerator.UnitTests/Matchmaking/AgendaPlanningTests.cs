using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Matchmaking;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

public class AgendaPlanningTests
{
    private sealed record World(MatchmakingSession Session, List<Registration> Registrations, List<SessionBuyer> Buyers, List<MeetingRequest> Requests, List<Meeting> Booked)
    {
        public AgendaInput Input => new(Session, Registrations, Buyers, Requests, Booked);
    }

    /// <summary>Three start-ups, two buyers (tables 2 and 4), every start-up asking both buyers; the first request booked in slot 6.</summary>
    private static World NewWorld()
    {
        var session = Builders.Published(Builders.Terms(acceptance: AcceptanceMode.OptOut, scheduling: SchedulingMode.Scheduler));
        var registrations = Enumerable.Range(0, 3).Select(i => Builders.Registered(session, i == 0 ? [0, 6] : null)).ToList();
        var buyers = new List<SessionBuyer> { Builders.Buyer(session, 2), Builders.Buyer(session, 4, [0, 1, 2, 6]) };
        var requests = registrations.SelectMany(r => buyers.Select(b => Builders.Accepted(session, r, b, b.Table == 4 ? Side.Buyer : Side.Participant))).ToList();
        var booked = new List<Meeting> { Meeting.Book(session, requests[0], registrations[0], buyers[0], 6, "manager", Builders.Now) };
        return new World(session, registrations, buyers, requests, booked);
    }

    [Fact]
    public void ProblemSeatsBuyersAtTheirTablesLeavesBreaksOutAndPinsBookedMeetings()
    {
        var world = NewWorld();

        var problem = AgendaPlanning.Problem(world.Input);

        Assert.Equal((8, 5, 5, 6), (problem.SlotCount, problem.TableCount, problem.Participants.Count, problem.Requests.Count));
        var buyer = problem.Participants.Single(p => p.Id == AgendaPlanning.BuyerKey(world.Buyers[1].BuyerId));
        Assert.Equal(3, buyer.FixedTable);
        Assert.Equal([0, 1, 2, 6], buyer.AvailableSlots!.Order());
        Assert.All(problem.Participants, p => Assert.DoesNotContain(4, p.AvailableSlots!));
        var pinned = problem.Requests.Single(r => r.Id == world.Requests[0].Id.ToString());
        Assert.Equal((6, 1), (pinned.PinnedSlot, pinned.PinnedTable));
        Assert.All(problem.Requests.Where(r => r.Second == AgendaPlanning.BuyerKey(world.Buyers[1].BuyerId)), r => Assert.Equal(1, r.Priority));   // sent by that buyer
    }

    [Fact]
    public void MeetingSchedulersAnswerIsReadBackWithoutConflicts()
    {
        var world = NewWorld();
        var problem = AgendaPlanning.Problem(world.Input);

        var plan = AgendaPlanning.Read(world.Input, problem, MeetingScheduler.Schedule(problem));

        Assert.Equal(1, plan.Pinned);
        Assert.Equal(world.Requests.Count - 1, plan.Placements.Count + plan.Unplaced.Count);
        Assert.DoesNotContain(plan.Placements, p => p.Request.Id == world.Requests[0].Id);
        Assert.All(plan.Placements, p => Assert.Equal(world.Buyers.Single(b => b.BuyerId == p.Request.BuyerId).Table, p.Table));
        var all = plan.Placements.Select(p => (RegistrationId: p.Request.RegistrationId, p.Request.BuyerId, p.Slot))
            .Append((RegistrationId: world.Registrations[0].Id, BuyerId: world.Buyers[0].BuyerId, Slot: 6)).ToList();
        Assert.Equal(all.Count, all.Select(m => (m.RegistrationId, m.Slot)).Distinct().Count());
        Assert.Equal(all.Count, all.Select(m => (m.BuyerId, m.Slot)).Distinct().Count());
    }

    [Fact]
    public void AnswerThatDoubleBooksABuyerIsRefused()
    {
        var world = NewWorld();
        var problem = AgendaPlanning.Problem(world.Input);
        var pinned = new ScheduledMeeting(world.Requests[0].Id.ToString(), 6, 1);
        var sameBuyerSameSlot = new ScheduledMeeting(world.Requests[2].Id.ToString(), 6, 1);   // start-up 1 with buyer 0, in the pinned slot

        var refused = Assert.Throws<InvalidOperationException>(() => AgendaPlanning.Read(world.Input, problem, new ScheduleResult([pinned, sameBuyerSameSlot], [], 6)));

        Assert.Contains("slot 6", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "moved")]      // the booked meeting moved to another slot
    [InlineData(6, 0, "moved")]      // ... or to another table
    public void AnswerThatMovesABookedMeetingIsRefused(int slot, int table, string expected)
    {
        var world = NewWorld();
        var problem = AgendaPlanning.Problem(world.Input);

        var refused = Assert.Throws<InvalidOperationException>(() =>
            AgendaPlanning.Read(world.Input, problem, new ScheduleResult([new ScheduledMeeting(world.Requests[0].Id.ToString(), slot, table)], [], 6)));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerThatDropsABookedMeetingOrUsesABreakIsRefused()
    {
        var world = NewWorld();
        var problem = AgendaPlanning.Problem(world.Input);

        Assert.Contains("dropped", Assert.Throws<InvalidOperationException>(() => AgendaPlanning.Read(world.Input, problem, new ScheduleResult([], [], 6))).Message, StringComparison.Ordinal);
        var inBreak = new ScheduledMeeting(world.Requests[2].Id.ToString(), 4, 1);
        Assert.Throws<InvalidOperationException>(() =>
            AgendaPlanning.Read(world.Input, problem, new ScheduleResult([new ScheduledMeeting(world.Requests[0].Id.ToString(), 6, 1), inBreak], [], 6)));
    }

    [Fact]
    public void CancelledRegistrationsRequestsAreLeftOut()
    {
        var world = NewWorld();
        world.Registrations[2].Cancel(world.Session, Builders.Now);

        var problem = AgendaPlanning.Problem(world.Input);

        Assert.Equal(4, problem.Requests.Count);
        Assert.DoesNotContain(problem.Participants, p => p.Id == AgendaPlanning.ParticipantKey(world.Registrations[2].Id));
    }
}
