using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.UnitTests;

public class IntakeRulesTests
{
    private static string[] Failed(Intake intake, ApplicationContent content, StartupFacts? applicant) =>
        [.. IntakeRules.Check(intake, content, applicant).Select(f => f.Rule)];

    [Fact]
    public void InnovativeStartupOfTheRightKindPassesEveryRule()
    {
        Assert.Empty(IntakeRules.Check(Builders.PublishedIntake(), Builders.Content(), Builders.Facts()));
    }

    [Fact]
    public void OrganisationMissingFromTheDirectoryFailsAndTheContentIsStillChecked()
    {
        var failures = IntakeRules.Check(Builders.PublishedIntake(), Builders.Content(founder: false), null);

        Assert.Equal(["organisation-unknown", "founder-missing"], failures.Select(f => f.Rule));
        Assert.Equal(["organisationId", "team"], failures.Select(f => f.Field));
    }

    [Fact]
    public void KindOutsideTheIntakesKindsFails()
    {
        Assert.Equal(["kind-not-eligible"], Failed(Builders.PublishedIntake(), Builders.Content(), Builders.Facts(kind: "university")));
    }

    [Fact]
    public void EmptyKindListAdmitsAnyKind()
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(kinds: []));

        Assert.Empty(Failed(intake, Builders.Content(), Builders.Facts(kind: "university")));
    }

    [Fact]
    public void IntakeForInnovativeStartupsOnlyRefusesAnSme()
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(innovativeOnly: true));

        Assert.Equal(["not-innovative-startup"], Failed(intake, Builders.Content(), Builders.Facts(innovative: false, sizeClass: "small")));
    }

    [Fact]
    public void SmeThatIsNotAnInnovativeStartupIsEligibleWhenTheIntakeAdmitsSmes()
    {
        Assert.Empty(Failed(Builders.PublishedIntake(), Builders.Content(), Builders.Facts(innovative: false, sizeClass: "medium")));
    }

    [Fact]
    public void LargeCompanyThatIsNotAnInnovativeStartupFails()
    {
        Assert.Equal(["not-startup-or-sme"], Failed(Builders.PublishedIntake(), Builders.Content(), Builders.Facts(innovative: false, sizeClass: "large")));
    }

    [Fact]
    public void SizeClassOutsideTheIntakesSizeClassesFails()
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(sizeClasses: ["micro"]));

        Assert.Equal(["size-class-not-eligible"], Failed(intake, Builders.Content(), Builders.Facts(sizeClass: "small")));
    }

    [Fact]
    public void ProvinceOutsideTheIntakesProvincesFails()
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(provinces: ["CN", "AT"]));

        var failure = Assert.Single(IntakeRules.Check(intake, Builders.Content(), Builders.Facts(province: "TO")));

        Assert.Equal("province-not-eligible", failure.Rule);
        Assert.Contains("CN, AT", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PrioritySystemOutsideTheIntakesFailsOnItsField()
    {
        var failure = Assert.Single(IntakeRules.Check(Builders.PublishedIntake(), Builders.Content(prioritySystem: "FOOD"), Builders.Facts()));

        Assert.Equal(("priority-system-not-eligible", "prioritySystem"), (failure.Rule, failure.Field));
    }

    [Fact]
    public void TeamWithoutAFounderFails()
    {
        Assert.Equal(["founder-missing"], Failed(Builders.PublishedIntake(), Builders.Content(founder: false), Builders.Facts()));
    }

    [Fact]
    public void PitchInEitherLanguageIsEnoughAndNoneFails()
    {
        var intake = Builders.PublishedIntake();

        Assert.Empty(Failed(intake, Builders.Content(pitchIt: "", pitchEn: "Recycled composites"), Builders.Facts()));
        Assert.Empty(Failed(intake, Builders.Content(pitchIt: "Compositi riciclati", pitchEn: " "), Builders.Facts()));
        Assert.Equal(["pitch-missing"], Failed(intake, Builders.Content(pitchIt: " ", pitchEn: ""), Builders.Facts()));
    }

    [Fact]
    public void UnknownFoundingDateFailsOnlyWhenTheIntakeHasAFoundingWindow()
    {
        var windowed = Builders.PublishedIntake(eligibility: Builders.Eligibility(foundedFrom: new DateOnly(2020, 1, 1)));

        Assert.Equal(["founding-date-unknown"], Failed(windowed, Builders.Content(), Builders.Facts(noFoundingDate: true)));
        Assert.Empty(Failed(Builders.PublishedIntake(), Builders.Content(), Builders.Facts(noFoundingDate: true)));
    }

    [Theory]
    [InlineData("2020-01-01", true)]
    [InlineData("2019-12-31", false)]
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    public void FoundingWindowIncludesBothBounds(string foundedOn, bool eligible)
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(foundedFrom: new DateOnly(2020, 1, 1), foundedTo: new DateOnly(2024, 12, 31)));

        string[] expected = eligible ? [] : ["founding-date-not-eligible"];

        var failures = Failed(intake, Builders.Content(), Builders.Facts(foundedOn: DateOnly.Parse(foundedOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, failures);
    }

    [Fact]
    public void OpenEndedFoundingWindowChecksOnlyItsOneBound()
    {
        var onlyFrom = Builders.PublishedIntake(eligibility: Builders.Eligibility(foundedFrom: new DateOnly(2020, 1, 1)));
        var onlyTo = Builders.PublishedIntake(eligibility: Builders.Eligibility(foundedTo: new DateOnly(2020, 1, 1)));

        Assert.Empty(Failed(onlyFrom, Builders.Content(), Builders.Facts(foundedOn: new DateOnly(2035, 1, 1))));
        Assert.Equal(["founding-date-not-eligible"], Failed(onlyFrom, Builders.Content(), Builders.Facts(foundedOn: new DateOnly(2019, 12, 31))));
        Assert.Empty(Failed(onlyTo, Builders.Content(), Builders.Facts(foundedOn: new DateOnly(1990, 1, 1))));
        var late = Assert.Single(IntakeRules.Check(onlyTo, Builders.Content(), Builders.Facts(foundedOn: new DateOnly(2020, 1, 2))));
        Assert.Contains("on or before 2020-01-01", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFailingRuleIsListedTogetherInTheRulesOrder()
    {
        var intake = Builders.PublishedIntake(eligibility: Builders.Eligibility(
            kinds: ["enterprise"], sizeClasses: ["micro"], innovativeOnly: true, foundedFrom: new DateOnly(2020, 1, 1), provinces: ["CN"]));
        var applicant = Builders.Facts(kind: "tech-park", sizeClass: "large", innovative: false, foundedOn: new DateOnly(2010, 1, 1), province: "TO");

        var failures = Failed(intake, Builders.Content(prioritySystem: "FOOD", founder: false, pitchIt: "", pitchEn: ""), applicant);

        Assert.Equal(
            ["kind-not-eligible", "not-innovative-startup", "size-class-not-eligible", "founding-date-not-eligible", "province-not-eligible",
             "priority-system-not-eligible", "founder-missing", "pitch-missing"],
            failures);
    }
}
