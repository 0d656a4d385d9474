using CsCheck;

namespace PiedmontSystem.Matchmaking.UnitTests;

/// <summary>Rules every schedule keeps, on random sessions (CsCheck shrinks a failure to a small session).</summary>
public class SchedulerPropertyTests
{
    private const int Iterations = 400;

    [Fact]
    public void MeetingSchedulerBreaksNoRuleAndStaysWithinItsBound()
    {
        RandomSessions.Any.Sample(problem =>
        {
            var result = MeetingScheduler.Schedule(problem);
            Assert.Empty(ScheduleValidation.Violations(problem, result));
            Assert.Equal(problem.Requests.Count, result.Meetings.Count + result.Unplaced.Count);
            Assert.True(result.Meetings.Count <= result.UpperBound, $"{result.Meetings.Count} meetings over the bound {result.UpperBound}");
            Assert.All(result.RejectedPins, id => Assert.Contains(id, result.Unplaced));
        }, iter: Iterations, threads: 1, print: RandomSessions.Describe);
    }

    [Fact]
    public void FirstComeBreaksNoRuleAndNeverBeatsTheBound()
    {
        RandomSessions.Any.Sample(problem =>
        {
            var baseline = FirstComeScheduler.Schedule(problem);
            Assert.Empty(ScheduleValidation.Violations(problem, baseline));
            var bound = MeetingScheduler.Schedule(problem).UpperBound;
            Assert.True(baseline.Meetings.Count <= bound, $"first-come placed {baseline.Meetings.Count}, over the bound {bound}");
        }, iter: Iterations, threads: 1, print: RandomSessions.Describe);
    }

    [Fact]
    public void MeetingSchedulerPlacesAtLeastAsManyAsFirstCome()
    {
        RandomSessions.Any.Sample(problem =>
        {
            var result = MeetingScheduler.Schedule(problem);
            var baseline = FirstComeScheduler.Schedule(problem);
            Assert.True(result.Meetings.Count >= baseline.Meetings.Count, $"first-come placed {baseline.Meetings.Count}, the scheduler {result.Meetings.Count} (bound {result.UpperBound})");
        }, iter: Iterations, threads: 1, print: RandomSessions.Describe);
    }

    [Fact]
    public void EveryRequestIsPlacedUnderKonigsCondition()
    {
        RandomSessions.Konig.Sample(problem =>
        {
            var result = MeetingScheduler.Schedule(problem);
            Assert.Empty(ScheduleValidation.Violations(problem, result));
            Assert.Empty(result.Unplaced);
            Assert.Equal(problem.Requests.Count, result.UpperBound);
        }, iter: Iterations, threads: 1, print: RandomSessions.Describe);
    }

    [Fact]
    public void UpperBoundIsNeverBelowTheBestScheduleFoundExhaustively()
    {
        RandomSessions.Tiny.Sample(problem =>
        {
            var best = ExhaustiveSearch.MostMeetings(problem);
            var result = MeetingScheduler.Schedule(problem);
            Assert.True(best <= result.UpperBound, $"a schedule with {best} meetings exists, over the bound {result.UpperBound}");
            Assert.True(result.Meetings.Count <= best);
        }, iter: Iterations, threads: 1, print: RandomSessions.Describe);
    }

    [Fact]
    public void SameProblemGivesTheSameSchedule()
    {
        RandomSessions.Any.Sample(problem =>
        {
            var once = MeetingScheduler.Schedule(problem);
            var again = MeetingScheduler.Schedule(problem);
            Assert.Equal(once.Meetings, again.Meetings);
            Assert.Equal(once.Unplaced, again.Unplaced);
        }, iter: 100, threads: 1, print: RandomSessions.Describe);
    }
}
