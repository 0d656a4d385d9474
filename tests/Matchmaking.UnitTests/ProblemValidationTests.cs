using static PiedmontSystem.Matchmaking.UnitTests.Sessions;

namespace PiedmontSystem.Matchmaking.UnitTests;

public class ProblemValidationTests
{
    public static TheoryData<string, SchedulingProblem, string> InvalidProblems => new()
    {
        { "unknown participant", Problem(2, 2, People("a", "b"), Meet("1", "a", "ghost")), "'ghost'" },
        { "duplicate participant", Problem(2, 2, People("a", "a", "b"), Meet("1", "a", "b")), "'a' appears more than once" },
        { "duplicate request", Problem(2, 2, People("a", "b", "c"), Meet("1", "a", "b"), Meet("1", "a", "c")), "'1' appears more than once" },
        { "meeting oneself", Problem(2, 2, People("a", "b"), Meet("1", "a", "a")), "meeting themselves" },
        { "negative slots", Problem(-1, 2, People("a", "b")), "SlotCount" },
        { "negative tables", Problem(2, -3, People("a", "b")), "TableCount" },
        { "fixed table outside the session", Problem(2, 2, [Person("a", fixedTable: 2), Person("b")]), "fixed table 2" },
    };

    [Theory]
    [MemberData(nameof(InvalidProblems))]
    public void MeetingSchedulerRefusesInvalidInputNamingTheCulprit(string because, SchedulingProblem problem, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => MeetingScheduler.Schedule(problem));
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{because}: {error.Message}");
    }

    [Theory]
    [MemberData(nameof(InvalidProblems))]
    public void FirstComeRefusesInvalidInputToo(string because, SchedulingProblem problem, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => FirstComeScheduler.Schedule(problem));
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{because}: {error.Message}");
    }

    [Fact]
    public void NegativeSearchLimitsAreRefused()
    {
        var problem = Problem(2, 2, People("a", "b"), Meet("1", "a", "b"));

        Assert.Throws<ArgumentException>(() => MeetingScheduler.Schedule(problem, new MeetingSchedulerOptions { EjectionDepth = -1 }));
    }

    [Fact]
    public void NullProblemIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => MeetingScheduler.Schedule(null!));
    }
}
