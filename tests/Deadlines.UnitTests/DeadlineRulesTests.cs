using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Deadlines.UnitTests;

public class DeadlineRulesTests
{
    [Fact]
    public void NotOpenYetNamesWhatIsNotOpenAndWhenItOpensInRome()
    {
        var opensAt = new DateTimeOffset(2027, 1, 15, 8, 0, 0, TimeSpan.Zero);

        DomainRuleException refused = DeadlineRules.NotOpenYet("intake", "BA-2027", opensAt);

        Assert.Equal("intake-not-open", refused.Code);
        Assert.Equal("The intake is not open yet", refused.Title);
        Assert.Equal("Intake BA-2027 opens at 2027-01-15 09:00:00 +01:00 (Europe/Rome).", refused.Message);
        Assert.Equal(422, refused.Status);
    }
}
