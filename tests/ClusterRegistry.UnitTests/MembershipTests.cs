using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ClusterRegistry.UnitTests;

public class MembershipTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static Cluster NewCluster(ClusterKind kind = ClusterKind.RegionalInnovationCluster, ClusterStatus status = ClusterStatus.Active) =>
        Cluster.Create(Guid.NewGuid(), "CLEVER", new ClusterRecord(new("a", "a"), new("b", "b"), new("c", "c"), kind, status, null, [], [], [], 2015, null, null, new(null, null, null)), Now);

    [Fact]
    public void RequestThenApproveIsActiveWithEveryStepRecorded()
    {
        var membership = Membership.Request(Guid.NewGuid(), NewCluster(), "applicant", "hello", Now);

        membership.Approve("manager", "welcome", Now.AddDays(1));

        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Equal(Now.AddDays(1), membership.ActiveSince);
        Assert.Equal(
            [(MembershipStatus.Requested, "applicant"), (MembershipStatus.Active, "manager")],
            membership.Steps.Select(s => (s.Status, s.By)));
    }

    [Fact]
    public void SuspendReinstateAndEndFollowOneAnother()
    {
        var membership = Membership.Request(Guid.NewGuid(), NewCluster(), "applicant", null, Now);
        membership.Approve("manager", null, Now);

        membership.Suspend("manager", "unpaid fee", Now);
        membership.Reinstate("manager", null, Now);
        membership.End("applicant", "leaving", Now);

        Assert.Equal(MembershipStatus.Ended, membership.Status);
        Assert.False(membership.IsOpen);
        Assert.Equal("leaving", membership.Steps[^1].Note);
    }

    [Fact]
    public void ApprovingARejectedRequestIsAConflict()
    {
        var membership = Membership.Request(Guid.NewGuid(), NewCluster(), "applicant", null, Now);
        membership.Reject("manager", "out of scope", Now);

        var error = Assert.Throws<DomainRuleException>(() => membership.Approve("manager", null, Now));

        Assert.Equal("invalid-transition", error.Code);
        Assert.Equal(409, error.Status);
    }

    [Fact]
    public void SuspendingARequestIsAConflict()
    {
        var membership = Membership.Request(Guid.NewGuid(), NewCluster(), "applicant", null, Now);

        Assert.Throws<DomainRuleException>(() => membership.Suspend("manager", null, Now));
    }

    [Theory]
    [InlineData(ClusterKind.Historical, ClusterStatus.Merged)]
    [InlineData(ClusterKind.RegionalInnovationCluster, ClusterStatus.Dissolved)]
    public void OnlyActiveClustersAcceptRequests(ClusterKind kind, ClusterStatus status)
    {
        var error = Assert.Throws<DomainRuleException>(() => Membership.Request(Guid.NewGuid(), NewCluster(kind, status), "applicant", null, Now));

        Assert.Equal("cluster-not-accepting-members", error.Code);
    }
}
