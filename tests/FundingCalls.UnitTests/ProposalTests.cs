using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.FundingCalls.UnitTests;

public class ProposalTests
{
    [Fact]
    public void ResubmissionReplacesTheVersionWithANewReceipt()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid()), Builders.Opening);
        var first = proposal.Submit([], Builders.Opening.AddDays(1));

        proposal.Edit(proposal.Content with { Title = "Recycled composites, phase 2" }, Builders.Opening.AddDays(2));
        var second = proposal.Submit([], Builders.Opening.AddDays(3));

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(64, second.ContentHash.Length);
        Assert.Equal("Recycled composites, phase 2", proposal.Submitted!.Title);
    }

    [Fact]
    public void EditingDoesNotTouchTheSubmittedVersion()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid()), Builders.Opening);
        var receipt = proposal.Submit([], Builders.Opening.AddDays(1));

        proposal.Edit(proposal.Content with { RequestedGrantEur = Money.Euros(1) }, Builders.Opening.AddDays(2));

        Assert.Equal(200_000, proposal.Submitted!.RequestedGrantEur.Amount);
        Assert.Equal(receipt.ContentHash, proposal.ContentHash);
        Assert.Equal(receipt.ContentHash, proposal.Submitted.Hash(proposal.Id, proposal.LeadOrganisationId));
    }

    [Fact]
    public void SameContentGivesTheSameHash()
    {
        var id = Guid.NewGuid();
        var lead = Guid.NewGuid();
        var partner = Guid.NewGuid();

        Assert.Equal(Builders.Content(partner).Hash(id, lead), Builders.Content(partner).Hash(id, lead));
    }

    [Fact]
    public void IneligibleSubmissionKeepsItsReasons()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid()), Builders.Opening);

        proposal.Submit([new("endorsement-missing", "endorsingClusterCode", "not yet")], Builders.Opening.AddDays(1));

        Assert.Equal(ProposalStatus.Ineligible, proposal.Status);
        Assert.Equal("endorsement-missing", Assert.Single(proposal.IneligibilityReasons).Rule);
    }

    [Fact]
    public void EndorsementIsOnlyByTheClusterTheProposalNames()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid(), cluster: "MESAP"), Builders.Opening);

        Assert.Equal("forbidden", Assert.Throws<DomainRuleException>(() => proposal.Endorse("CLEVER", "manager", null, Builders.Opening)).Code);
        proposal.Endorse("mesap", "manager", "Strong fit", Builders.Opening);
        Assert.Equal("MESAP", proposal.Endorsement!.ClusterCode);
    }

    [Fact]
    public void ChangingTheEndorsingClusterDropsTheEndorsement()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid(), cluster: "MESAP"), Builders.Opening);
        proposal.Endorse("MESAP", "manager", null, Builders.Opening);

        proposal.Edit(proposal.Content with { EndorsingClusterCode = "CLEVER" }, Builders.Opening.AddDays(1));

        Assert.Null(proposal.Endorsement);
    }

    [Fact]
    public void WithdrawnProposalCannotBeSubmitted()
    {
        var proposal = Proposal.Start(Guid.NewGuid(), Guid.NewGuid(), Builders.Content(Guid.NewGuid()), Builders.Opening);
        proposal.Withdraw("changed plans", Builders.Opening);

        Assert.Equal("invalid-transition", Assert.Throws<DomainRuleException>(() => proposal.Submit([], Builders.Opening.AddDays(1))).Code);
    }
}
