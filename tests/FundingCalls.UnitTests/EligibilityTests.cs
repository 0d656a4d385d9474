using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class EligibilityTests
{
    private static readonly Guid Lead = Guid.NewGuid();
    private static readonly Guid Partner = Guid.NewGuid();

    private static Dictionary<Guid, ApplicantFacts> Facts(string leadKind = "enterprise", string leadSize = "small", string partnerKind = "university", string partnerSize = "unknown", params string[] leadClusters) => new()
    {
        [Lead] = new(Lead, "Lead Srl", leadKind, leadSize, (leadClusters.Length == 0 ? ["MESAP"] : leadClusters).ToHashSet()),
        [Partner] = new(Partner, "Università", partnerKind, partnerSize, new HashSet<string>()),
    };

    private static IReadOnlyList<EligibilityFailure> Check(Dictionary<Guid, ApplicantFacts>? facts = null, ProposalContent? content = null, string? endorsedBy = "MESAP", CallTerms? terms = null) =>
        Eligibility.Check(terms ?? Builders.Terms(), Lead, content ?? Builders.Content(Partner), facts ?? Facts(), endorsedBy);

    [Fact]
    public void ProposalMeetingEveryRuleIsEligible() => Assert.Empty(Check());

    [Fact]
    public void LargeEnterpriseLeadFailsTheSizeClassRule()
    {
        var failure = Assert.Single(Check(Facts(leadSize: "large", partnerKind: "enterprise", partnerSize: "micro")));

        Assert.Equal(("size-class-not-eligible", "leadOrganisationId"), (failure.Rule, failure.Field));
        Assert.Contains("large", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeClassRuleDoesNotApplyToUniversities() => Assert.Empty(Check(Facts(partnerKind: "university", partnerSize: "large")));

    [Fact]
    public void KindOutsideTheCallFailsNamingThePartner()
    {
        var failure = Assert.Single(Check(Facts(partnerKind: "bank-foundation")));

        Assert.Equal(("kind-not-eligible", "partners[0].organisationId"), (failure.Rule, failure.Field));
    }

    [Fact]
    public void UnknownOrganisationFails()
    {
        var facts = Facts();
        facts.Remove(Partner);

        Assert.Equal("organisation-unknown", Assert.Single(Check(facts)).Rule);
    }

    [Fact]
    public void ConsortiumWithoutSmeFails()
    {
        Assert.Contains(Check(Facts(leadKind: "research-body", leadSize: "unknown")), f => f.Rule == "sme-required");
    }

    [Fact]
    public void SingleApplicantFailsTheMinimumConsortium()
    {
        var alone = Builders.Content(Partner) with { Partners = [], LeadBudgetEur = Money.Euros(400_000) };

        var failure = Assert.Single(Check(content: alone));

        Assert.Equal(("too-few-participants", "partners"), (failure.Rule, failure.Field));
    }

    [Fact]
    public void GrantOutsideTheCallsRangeFails()
    {
        Assert.Equal("grant-above-maximum", Assert.Single(Check(content: Builders.Content(Partner, requested: 600_000) with { LeadBudgetEur = Money.Euros(900_000) })).Rule);
        Assert.Equal("grant-below-minimum", Assert.Single(Check(content: Builders.Content(Partner, requested: 10_000))).Rule);
    }

    [Fact]
    public void GrantAboveTheProjectsCostFails() =>
        Assert.Equal("grant-exceeds-costs", Assert.Single(Check(content: Builders.Content(Partner, requested: 450_000))).Rule);

    [Fact]
    public void SpiOutsideTheCallFails() =>
        Assert.Equal(("priority-system-not-eligible", "prioritySystem"), Assert.Single(Check(content: Builders.Content(Partner, spi: "FOOD"))) is var f ? (f.Rule, f.Field) : default);

    [Fact]
    public void MissingEndorsementFails() => Assert.Equal("endorsement-missing", Assert.Single(Check(endorsedBy: null)).Rule);

    [Fact]
    public void LeadNotMemberOfTheEndorsingClusterFails() =>
        Assert.Equal("lead-not-cluster-member", Assert.Single(Check(Facts(leadClusters: "CLEVER"))).Rule);

    [Fact]
    public void NoEndorsingClusterNamedFails() =>
        Assert.Equal("endorsing-cluster-missing", Assert.Single(Check(content: Builders.Content(Partner, cluster: null), endorsedBy: null)).Rule);

    [Fact]
    public void EndorsementRulesDoNotApplyWhenTheCallDoesNotRequireOne() =>
        Assert.Empty(Check(content: Builders.Content(Partner, cluster: null), endorsedBy: null, terms: Builders.Terms() with { EndorsementRequired = false }));

    [Fact]
    public void EveryFailingRuleIsReported()
    {
        var failures = Check(Facts(leadSize: "large", partnerKind: "bank-foundation"), Builders.Content(Partner, spi: "FOOD"), endorsedBy: null);

        Assert.Equal(["size-class-not-eligible", "kind-not-eligible", "sme-required", "priority-system-not-eligible", "endorsement-missing"], failures.Select(f => f.Rule));
    }
}
