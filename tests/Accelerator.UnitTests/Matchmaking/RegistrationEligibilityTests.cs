using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.UnitTests.Matchmaking;

public class RegistrationEligibilityTests
{
    private static readonly Guid Organisation = Guid.NewGuid();

    private static CandidateFacts Facts(string kind = "enterprise", string size = "small", bool innovative = false, string province = "TO", params string[] spis) =>
        new("Solare Canavese Srl", kind, size, innovative, province, spis.Length == 0 ? ["GREEN_TECH"] : spis);

    private static IReadOnlyList<RegistrationFailure> Check(CandidateFacts? facts, SessionTerms? terms = null, bool buyer = false) =>
        RegistrationEligibility.Check(terms ?? Builders.Terms(), Organisation, facts, buyer);

    [Fact]
    public void SmallEnterpriseInTurinWorkingInTheSessionsSpiIsEligible() => Assert.Empty(Check(Facts()));

    [Fact]
    public void InnovativeStartupIsEligibleWhateverItsSizeClass()
    {
        Assert.Empty(Check(Facts(size: "unknown", innovative: true)));
        Assert.Empty(Check(Facts(size: "large", innovative: true)));
    }

    [Fact]
    public void UnknownOrganisationFailsOnlyThatRule()
    {
        var failure = Assert.Single(Check(null));

        Assert.Equal(("organisation-unknown", "organisationId"), (failure.Rule, failure.Field));
    }

    [Fact]
    public void LargeEnterpriseOutsidePiedmontInAnotherSectorFailsEveryRuleAtOnce()
    {
        var failures = Check(Facts(size: "large", province: "", spis: "FOOD"));

        Assert.Equal(["size-class-not-eligible", "outside-piedmont", "priority-system-not-eligible"], failures.Select(f => f.Rule));
        Assert.Contains("large", failures[0].Message, StringComparison.Ordinal);
        Assert.Contains("FOOD", failures[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonEnterpriseFailsTheKindRuleOnly()
    {
        var failure = Assert.Single(Check(Facts(kind: "university", size: "unknown")));

        Assert.Equal("kind-not-eligible", failure.Rule);
    }

    [Fact]
    public void SmeOfUnknownSizeIsAskedForItsFigures()
    {
        var failure = Assert.Single(Check(Facts(size: "unknown")));

        Assert.Equal("size-class-not-eligible", failure.Rule);
        Assert.Contains("headcount and turnover", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionWithoutSpisTakesEverySector() => Assert.Empty(Check(Facts(spis: "AEROSPACE"), Builders.Terms(spis: [])));

    [Fact]
    public void BuyerOfTheSessionCannotAlsoRegisterAsParticipant() =>
        Assert.Equal(["buyer-in-session"], Check(Facts(), buyer: true).Select(f => f.Rule));
}
