using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

public class SessionTermsTests
{
    private static string[] FieldsWithProblems(SessionTerms terms) => terms.Problems().Select(p => p.Field).ToArray();

    [Fact]
    public void DefaultTermsHoldTogether() => Assert.Empty(FieldsWithProblems(Builders.Terms()));

    [Fact]
    public void BreakOutsideTheSlotsIsNamedByItsIndex() => Assert.Equal(["breaks[1]"], FieldsWithProblems(Builders.Terms(breaks: [4, 8])));

    [Fact]
    public void SessionOfBreaksOnlyIsRefused() => Assert.Equal(["breaks"], FieldsWithProblems(Builders.Terms(slotCount: 2, breaks: [0, 1])));

    [Fact]
    public void SlotsRunningPastMidnightAreRefused() =>
        Assert.Equal(["slotCount"], FieldsWithProblems(Builders.Terms(start: new TimeOnly(22, 0), slotMinutes: 30, slotCount: 5)));

    [Fact]
    public void UnknownSpiIsNamed() => Assert.Equal(["prioritySystems[1]"], FieldsWithProblems(Builders.Terms(spis: ["FOOD", "SPACE"])));

    [Fact]
    public void RegistrationMustCloseBeforeTheSessionStarts() =>
        Assert.Equal(["registrationDeadline"], FieldsWithProblems(Builders.Terms(deadline: new DateTimeOffset(2027, 3, 10, 8, 0, 0, TimeSpan.Zero))));

    [Fact]
    public void StartTimeTheSpringChangeSkipsIsRefused() =>
        Assert.Equal(["startTime"], FieldsWithProblems(Builders.Terms(date: new DateOnly(2027, 3, 28), start: new TimeOnly(2, 30))));
}
