using static PiedmontSystem.Matchmaking.UnitTests.Sessions;

namespace PiedmontSystem.Matchmaking.UnitTests;

public class MeetingSchedulerTests
{
    [Fact]
    public void PinnedRequestKeepsItsSlotAndTable()
    {
        var problem = Problem(4, 3, People("a", "b", "c"),
            Meet("free", "a", "c"),
            Meet("booked", "a", "b", slot: 2, table: 1));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(new ScheduledMeeting("booked", 2, 1), MeetingOf(result, "booked"));
        Assert.Empty(result.Unplaced);
        Assert.Empty(ScheduleValidation.Violations(problem, result));
    }

    [Fact]
    public void ParticipantWithFixedTableHoldsEveryMeetingThere()
    {
        var problem = Problem(4, 3, [Person("buyer", fixedTable: 2), Person("x"), Person("y"), Person("z")],
            Meet("1", "x", "buyer"), Meet("2", "buyer", "y"), Meet("3", "z", "buyer"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(3, result.Meetings.Count);
        Assert.All(result.Meetings, m => Assert.Equal(2, m.Table));
    }

    [Fact]
    public void WhenBothHaveFixedTablesTheFirstHostsUnlessTheRequestPinsATable()
    {
        var problem = Problem(3, 3, [Person("first", fixedTable: 0), Person("second", fixedTable: 1), Person("other")],
            Meet("hosted", "first", "second"),
            Meet("pinned", "second", "other", table: 2));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(0, MeetingOf(result, "hosted").Table);
        Assert.Equal(2, MeetingOf(result, "pinned").Table);
    }

    [Fact]
    public void MeetingsFallOnlyInSlotsBothParticipantsAreAvailable()
    {
        // The buyer takes a break in slots 2 and 3; the start-up arrives at slot 2.
        var problem = Problem(6, 2, [Person("buyer", 0, 0, 1, 4, 5), Person("late", null, 2, 3, 4, 5), Person("early", null, 0, 1)],
            Meet("1", "buyer", "late"), Meet("2", "buyer", "early"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Contains(MeetingOf(result, "1").Slot, new[] { 4, 5 });
        Assert.Contains(MeetingOf(result, "2").Slot, new[] { 0, 1 });
    }

    [Fact]
    public void PlacesEveryMeetingWhereFirstComeLeavesOneOut()
    {
        // Two slots. First come puts c-y and b-x in slot 0, so a-y goes to slot 1 and a-x finds a free
        // only in slot 0 and x free only in slot 1. Every degree is at most 2 = slots, so König's
        // theorem promises a schedule with all four: a-x and c-y in slot 0, b-x and a-y in slot 1, say.
        var problem = Problem(2, 3, [Person("a", 0), Person("b", 1), Person("c", 2), Person("x"), Person("y")],
            Meet("c-y", "c", "y"), Meet("b-x", "b", "x"), Meet("a-y", "a", "y"), Meet("a-x", "a", "x"));

        var firstCome = FirstComeScheduler.Schedule(problem);
        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(["a-x"], firstCome.Unplaced);
        Assert.Empty(result.Unplaced);
        Assert.Equal(4, result.UpperBound);
        Assert.Empty(ScheduleValidation.Violations(problem, result));
    }

    [Fact]
    public void ParticipantWithMoreRequestsThanSlotsGetsOneMeetingPerSlotAndTheBoundSaysSo()
    {
        var problem = Problem(3, 5, People("star", "a", "b", "c", "d", "e"),
            Meet("1", "star", "a"), Meet("2", "star", "b"), Meet("3", "star", "c"), Meet("4", "star", "d"), Meet("5", "star", "e"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(3, result.Meetings.Count);
        Assert.Equal(3, result.UpperBound);
        Assert.Equal(2, result.Unplaced.Count);
    }

    [Fact]
    public void HigherPriorityRequestsArePlacedWhenNotAllFit()
    {
        var problem = Problem(2, 3, People("star", "a", "b", "c"),
            Meet("low", "star", "a"), Meet("high", "star", "b", priority: 2), Meet("mid", "star", "c", priority: 1));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(["low"], result.Unplaced);
    }

    [Fact]
    public void TableShortageLimitsEachSlotToTheTables()
    {
        var problem = Problem(2, 1, People("a", "b", "c", "d"),
            Meet("1", "a", "b"), Meet("2", "c", "d"), Meet("3", "a", "c"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(2, result.Meetings.Count);
        Assert.Equal(2, result.UpperBound);
        Assert.All(result.Meetings, m => Assert.Equal(0, m.Table));
    }

    [Fact]
    public void ParticipantsMeetingsAreBackToBackWhenTheyCanBe()
    {
        var problem = Problem(8, 4, People("a", "b", "c", "d"),
            Meet("1", "a", "b"), Meet("2", "a", "c"), Meet("3", "a", "d"), Meet("4", "b", "c"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(0, ScheduleMetrics.Of(problem, result).IdleSlots);
    }

    [Fact]
    public void OneSidedSessionWithATriangleOfRequestsFitsInThreeSlots()
    {
        var problem = Problem(3, 2, People("a", "b", "c"),
            Meet("1", "a", "b"), Meet("2", "b", "c"), Meet("3", "c", "a"));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Empty(result.Unplaced);
        Assert.Equal(3, result.Meetings.Select(m => m.Slot).Distinct().Count());
    }

    [Fact]
    public void PinInASlotAParticipantIsAbsentFromIsRejectedAndReported()
    {
        var problem = Problem(4, 2, [Person("a", null, 0, 1), Person("b")],
            Meet("stale", "a", "b", slot: 3));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(["stale"], result.Unplaced);
        Assert.Equal(["stale"], result.RejectedPins);
        Assert.Equal(0, result.UpperBound);
    }

    [Fact]
    public void PinOutsideTheSessionIsRejectedAndReported()
    {
        var problem = Problem(4, 2, People("a", "b", "c"),
            Meet("slot", "a", "b", slot: 4), Meet("table", "a", "c", table: 2));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(["slot", "table"], result.RejectedPins);
        Assert.Equal(["slot", "table"], result.Unplaced);
    }

    [Fact]
    public void OfTwoPinsThatClashTheEarlierIsKept()
    {
        var problem = Problem(4, 2, People("a", "b", "c"),
            Meet("earlier", "a", "b", slot: 1), Meet("later", "a", "c", slot: 1));

        var result = MeetingScheduler.Schedule(problem);

        Assert.Equal(1, MeetingOf(result, "earlier").Slot);
        Assert.Equal(["later"], result.RejectedPins);
        Assert.Empty(ScheduleValidation.Violations(problem, result));
    }

    [Fact]
    public void EmptySessionGivesAnEmptySchedule()
    {
        var result = MeetingScheduler.Schedule(Problem(0, 0, People("a", "b"), Meet("1", "a", "b")));

        Assert.Empty(result.Meetings);
        Assert.Equal(["1"], result.Unplaced);
        Assert.Equal(0, result.UpperBound);
    }

    [Fact]
    public void WithoutIdleGapPassesTheScheduleStillPlacesAsMany()
    {
        var problem = Problem(8, 4, People("a", "b", "c", "d"),
            Meet("1", "a", "b"), Meet("2", "a", "c"), Meet("3", "a", "d"), Meet("4", "b", "c"));

        var result = MeetingScheduler.Schedule(problem, new MeetingSchedulerOptions { IdleGapPasses = 0, TimeLimit = TimeSpan.FromSeconds(5) });

        Assert.Equal(4, result.Meetings.Count);
        Assert.Empty(ScheduleValidation.Violations(problem, result));
    }
}
