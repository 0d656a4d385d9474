using PiedmontSystem.EligibilityRules;

namespace PiedmontSystem.Web.UnitTests;

public sealed class OrganisationEligibilityTests
{
    private static OrganisationFacts Enterprise(string size = "small", bool startup = false, string province = "TO", string[]? spis = null, DateOnly? founded = null) =>
        new("enterprise", size, startup, province, spis ?? ["MANUFACTURING"], founded);

    [Fact]
    public void EmptyCriteriaAdmitEveryone() =>
        Assert.Empty(OrganisationEligibility.Failures(OrganisationCriteria.None, new("university", "unknown", false, "", [])));

    [Fact]
    public void CallSizeClassesBindEnterprisesOnly()
    {
        var call = ProgrammeCriteria.FundingCall(["enterprise", "university"], ["micro", "small"]);
        Assert.Equal([OrganisationRule.SizeClass], OrganisationEligibility.Failures(call, Enterprise(size: "large")));
        Assert.Empty(OrganisationEligibility.Failures(call, new("university", "large", false, "TO", [])));
        Assert.Equal([OrganisationRule.Kind], OrganisationEligibility.Failures(call, new("tech-park", "small", false, "TO", [])));
    }

    [Fact]
    public void IntakeForInnovativeStartupsOnlyRefusesAnSme()
    {
        var intake = ProgrammeCriteria.AcceleratorIntake([], [], innovativeStartupsOnly: true, []);
        Assert.Equal([OrganisationRule.InnovativeStartup], OrganisationEligibility.Failures(intake, Enterprise()));
        Assert.Empty(OrganisationEligibility.Failures(intake, Enterprise(startup: true)));
    }

    [Fact]
    public void IntakeOtherwiseTakesStartupsAndSmesButNotALargeCompany()
    {
        var intake = ProgrammeCriteria.AcceleratorIntake([], [], innovativeStartupsOnly: false, ["CN"]);
        Assert.Equal([OrganisationRule.StartupOrSme, OrganisationRule.Province], OrganisationEligibility.Failures(intake, Enterprise(size: "large")));
        Assert.Equal([OrganisationRule.Province], OrganisationEligibility.Failures(intake, Enterprise(size: "unknown", startup: true)));
        Assert.Empty(OrganisationEligibility.Failures(intake, Enterprise(province: "CN")));
    }

    [Fact]
    public void FoundingWindowNeedsAKnownDateWithinIt()
    {
        var intake = ProgrammeCriteria.AcceleratorIntake([], [], false, [], new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal([OrganisationRule.FoundingDateUnknown], OrganisationEligibility.Failures(intake, Enterprise()));
        Assert.Equal([OrganisationRule.FoundingDate], OrganisationEligibility.Failures(intake, Enterprise(founded: new DateOnly(2019, 12, 31))));
        Assert.Empty(OrganisationEligibility.Failures(intake, Enterprise(founded: new DateOnly(2025, 12, 31))));
    }

    [Fact]
    public void MeetTheCorporatesIsForStartupsAndSmesOfPiedmontInTheSessionsSpis()
    {
        var session = ProgrammeCriteria.MeetTheCorporates(["HEALTH", "FOOD"]);
        Assert.Empty(OrganisationEligibility.Failures(session, Enterprise(spis: ["FOOD"])));
        Assert.Equal([OrganisationRule.Province, OrganisationRule.PrioritySystems], OrganisationEligibility.Failures(session, Enterprise(province: "")));
        Assert.Equal([OrganisationRule.Kind], OrganisationEligibility.Failures(session, new("university", "small", false, "TO", ["HEALTH"])));
        Assert.Empty(OrganisationEligibility.Failures(ProgrammeCriteria.MeetTheCorporates([]), Enterprise(spis: [])));
    }
}
