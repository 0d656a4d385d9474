using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public class MembershipsApiTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    [Fact]
    public async Task RequestIsRecordedWithWhoAndWhenAndAnnouncedOnce()
    {
        var organisation = await _api.RegisterAsync();

        var membership = await _api.RequestMembershipAsync(organisation.Id, "ICT");

        Assert.Equal(MembershipStatus.Requested, membership.Status);
        var step = Assert.Single(membership.Steps);
        Assert.Contains(Roles.OrganisationUser, step.By, StringComparison.Ordinal);
        Assert.Equal(["membership-requested"], await _api.EventsMentioningAsync(membership.Id.ToString()));
    }

    [Fact]
    public async Task ManagerOfAnotherClusterCannotApproveAndNothingChanges()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "ICT");

        var response = await _api.Manager("CLEVER").PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/approve", new { });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(MembershipStatus.Requested, await StatusAsync(membership.Id));
        Assert.Equal(["membership-requested"], await _api.EventsMentioningAsync(membership.Id.ToString()));
    }

    [Fact]
    public async Task ManagerOfTheClusterApprovesAndTheMembershipIsAnnouncedOnce()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "ICT");

        var approved = await _api.ApproveAsync(membership);

        Assert.Equal(MembershipStatus.Active, approved.Status);
        Assert.NotNull(approved.ActiveSince);
        Assert.Equal(["membership-requested", "membership-approved"], await _api.EventsMentioningAsync(membership.Id.ToString()));
    }

    [Theory]
    [InlineData(Roles.OrganisationUser)]
    [InlineData(Roles.RegionalOfficer)]
    public async Task OnlyTheClustersManagerMayDecide(string role)
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "AGRIFOOD");
        var client = role == Roles.OrganisationUser ? _api.OrganisationUser(organisation.Id) : _api.As(role);

        var response = await client.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/reject", new { note = "no" });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(MembershipStatus.Requested, await StatusAsync(membership.Id));
    }

    [Fact]
    public async Task AnonymousCannotRequestOrDecide()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "MESAP");

        var request = await _api.Anonymous().PostAsJsonAsync($"/api/registry/organisations/{organisation.Id}/memberships", new { clusterCode = "ICT" });
        var decide = await _api.Anonymous().PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/approve", new { });

        await request.ReadProblemAsync(HttpStatusCode.Unauthorized);
        await decide.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnotherOrganisationsUserCannotRequestForIt()
    {
        var organisation = await _api.RegisterAsync();

        var response = await _api.OrganisationUser(Guid.NewGuid()).PostAsJsonAsync($"/api/registry/organisations/{organisation.Id}/memberships", new { clusterCode = "ICT" });

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(0, await _api.Service.QueryAsync<RegistryDbContext, int>(db => db.Memberships.CountAsync(m => m.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task SecondRequestWhileOneIsOpenIsAConflict()
    {
        var organisation = await _api.RegisterAsync();
        await _api.RequestMembershipAsync(organisation.Id, "CGREEN");

        var response = await _api.OrganisationUser(organisation.Id).PostAsJsonAsync($"/api/registry/organisations/{organisation.Id}/memberships", new { clusterCode = "cgreen" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:membership-already-open", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task HistoricalClusterAcceptsNoRequests()
    {
        var organisation = await _api.RegisterAsync();

        var response = await _api.OrganisationUser(organisation.Id).PostAsJsonAsync($"/api/registry/organisations/{organisation.Id}/memberships", new { clusterCode = "H09-TESSILE" });

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:piedmont:problem:cluster-not-accepting-members", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task SuspendReinstateAndEndAreEachAnnounced()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.ApproveAsync(await _api.RequestMembershipAsync(organisation.Id, "POINTEX"));
        var manager = _api.Manager("POINTEX");

        (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/suspend", new { note = "fee unpaid" })).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/reinstate", new { })).EnsureSuccessStatusCode();
        var ended = await (await _api.OrganisationUser(organisation.Id).PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/end", new { note = "leaving" }))
            .ReadOkAsync<MembershipResponse>();

        Assert.Equal(MembershipStatus.Ended, ended.Status);
        Assert.Equal(
            ["membership-requested", "membership-approved", "membership-suspended", "membership-reinstated", "membership-ended"],
            await _api.EventsMentioningAsync(membership.Id.ToString()));
    }

    [Fact]
    public async Task ApprovingTwiceIsAConflictAndAnnouncesNothingMore()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.ApproveAsync(await _api.RequestMembershipAsync(organisation.Id, "ICT"));

        var again = await _api.Manager("ICT").PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/approve", new { });

        var problem = await again.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:invalid-transition", problem.GetProperty("type").GetString());
        Assert.Single(await _api.EventsMentioningAsync(membership.Id.ToString()), t => t == "membership-approved");
    }

    [Fact]
    public async Task PendingRequestsAreVisibleToTheClustersManagerOnly()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "BIOPMED");

        var own = await _api.Manager("BIOPMED").GetFromJsonAsync<Page<MembershipResponse>>("/api/registry/clusters/BIOPMED/memberships?status=requested&limit=200", ServiceDefaults.PlatformJson.Options);
        var other = await _api.Manager("ICT").GetAsync("/api/registry/clusters/BIOPMED/memberships");
        var single = await _api.OrganisationUser(Guid.NewGuid()).GetAsync($"/api/registry/memberships/{membership.Id}");

        Assert.Contains(own!.Items, m => m.Id == membership.Id);
        await other.ReadProblemAsync(HttpStatusCode.Forbidden);
        await single.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ConcurrentDecisionsLetOneWinAndTheOtherGet412()
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "CLEVER");
        var manager = _api.Manager("CLEVER");
        var etag = (await manager.GetAsync($"/api/registry/memberships/{membership.Id}")).Headers.ETag!.Tag;

        var responses = await Task.WhenAll(new[] { "approve", "reject" }.Select(action =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/registry/memberships/{membership.Id}/{action}") { Content = JsonContent.Create(new { }) };
            request.Headers.IfMatch.ParseAdd(etag);
            return manager.SendAsync(request);
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict);
        Assert.Equal(2, (await _api.EventsMentioningAsync(membership.Id.ToString())).Count);
    }

    [Fact]
    public async Task OrganisationsMembershipsPageInBothOrders()
    {
        var organisation = await _api.RegisterAsync();
        var first = await _api.RequestMembershipAsync(organisation.Id, "ICT");
        var second = await _api.RequestMembershipAsync(organisation.Id, "CLEVER");
        var third = await _api.RequestMembershipAsync(organisation.Id, "MESAP");
        var client = _api.OrganisationUser(organisation.Id);
        var path = $"/api/registry/organisations/{organisation.Id}/memberships";

        var newest = await client.GetFromJsonAsync<Page<MembershipResponse>>($"{path}?limit=2", ServiceDefaults.PlatformJson.Options);
        var rest = await client.GetFromJsonAsync<Page<MembershipResponse>>($"{path}?limit=2&cursor={newest!.NextCursor}", ServiceDefaults.PlatformJson.Options);
        var oldest = await client.GetFromJsonAsync<Page<MembershipResponse>>($"{path}?sort=requestedAt", ServiceDefaults.PlatformJson.Options);

        Assert.Equal([third.Id, second.Id], newest.Items.Select(m => m.Id));
        Assert.Equal([first.Id], rest!.Items.Select(m => m.Id));
        Assert.Equal([first.Id, second.Id, third.Id], oldest!.Items.Select(m => m.Id));
    }

    private Task<MembershipStatus> StatusAsync(Guid membershipId) =>
        _api.Service.QueryAsync<RegistryDbContext, MembershipStatus>(db => db.Memberships.Where(m => m.Id == membershipId).Select(m => m.Status).SingleAsync());
}
