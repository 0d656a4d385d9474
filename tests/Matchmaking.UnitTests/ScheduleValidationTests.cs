using static PiedmontSystem.Matchmaking.UnitTests.Sessions;

namespace PiedmontSystem.Matchmaking.UnitTests;

public class ScheduleValidationTests
{
    private static readonly SchedulingProblem Session = Problem(3, 2, [Person("a", fixedTable: 1), Person("b", null, 0, 1), Person("c")],
        Meet("ab", "a", "b"), Meet("ac", "a", "c"), Meet("bc", "b", "c", slot: 0));

    [Fact]
    public void ValidScheduleHasNoViolations()
    {
        var result = new ScheduleResult([new("ab", 1, 1), new("ac", 2, 1), new("bc", 0, 0)], [], 3);

        Assert.Empty(ScheduleValidation.Violations(Session, result));
    }

    [Fact]
    public void EveryBrokenRuleIsListed()
    {
        var result = new ScheduleResult([new("ab", 2, 1), new("ac", 2, 0), new("bc", 1, 1)], ["ab"], 3);

        var violations = ScheduleValidation.Violations(Session, result);

        Assert.Contains(violations, v => v.Contains("'ab' appears 2 times", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("'a' is in two meetings in slot 2", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("'b' is not available in slot 2", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("'ac' belongs at table 1", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("'bc' is pinned to slot 0", StringComparison.Ordinal));
    }

    [Fact]
    public void TableOutsideTheSessionAndPinLeftOutWhileFreeAreViolations()
    {
        var result = new ScheduleResult([new("ab", 1, 1), new("ac", 2, 5)], ["bc"], 3);

        var violations = ScheduleValidation.Violations(Session, result);

        Assert.Contains(violations, v => v.Contains("table 5, outside", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("'bc' is pinned to slot 0, which is free for it", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingRequestIsAViolation()
    {
        var result = new ScheduleResult([new("ab", 1, 1), new("bc", 0, 0)], [], 3);

        Assert.Contains(ScheduleValidation.Violations(Session, result), v => v.Contains("'ac' is neither placed nor unplaced", StringComparison.Ordinal));
    }
}
