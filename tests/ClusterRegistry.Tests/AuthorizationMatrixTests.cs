using System.Net;
using System.Net.Http.Json;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>
/// Every protected endpoint of the registry, called by the anonymous, by a role it is not for, by
/// another organisation's user and by a manager of another cluster: refused with problem details,
/// and nothing changes (no event, no audit entry). The allowed callers are tested with each feature.
/// </summary>
public class AuthorizationMatrixTests(RegistryFixture registry) : IClassFixture<RegistryFixture>
{
    private readonly RegistryApi _api = registry.Api;

    public enum Caller
    {
        Anonymous,
        OtherOrganisationUser,
        ManagerOfAnotherCluster,
        RegionalOfficer,
        AcceleratorManager,
    }

    public static TheoryData<string, string, Caller, HttpStatusCode> Refusals => new()
    {
        { "PUT", "/api/registry/organisations/{org}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/registry/organisations/{org}", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "PUT", "/api/registry/organisations/{org}", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/organisations/{org}/memberships", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/registry/organisations/{org}/memberships", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/organisations/{org}/memberships", Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "GET", "/api/registry/organisations/{org}/memberships", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/registry/organisations/{org}/memberships", Caller.OtherOrganisationUser, HttpStatusCode.NotFound },
        { "GET", "/api/registry/organisations/{org}/memberships", Caller.ManagerOfAnotherCluster, HttpStatusCode.NotFound },
        { "GET", "/api/registry/memberships/{membership}", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/registry/memberships/{membership}", Caller.OtherOrganisationUser, HttpStatusCode.NotFound },
        { "GET", "/api/registry/memberships/{membership}", Caller.ManagerOfAnotherCluster, HttpStatusCode.NotFound },
        { "POST", "/api/registry/memberships/{membership}/approve", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/registry/memberships/{membership}/approve", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/approve", Caller.RegionalOfficer, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/reject", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/suspend", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/reinstate", Caller.AcceleratorManager, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/end", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/registry/memberships/{membership}/end", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/memberships/{membership}/end", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "GET", "/api/registry/clusters/CLEVER/memberships", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/registry/clusters/CLEVER/memberships", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "GET", "/api/registry/clusters/CLEVER/memberships", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/clusters", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "POST", "/api/registry/clusters", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "POST", "/api/registry/clusters", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "PUT", "/api/registry/clusters/CLEVER/profile", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "PUT", "/api/registry/clusters/CLEVER/profile", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "PUT", "/api/registry/clusters/CLEVER/profile", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "PUT", "/api/registry/reference/provinces/TO", Caller.OtherOrganisationUser, HttpStatusCode.Forbidden },
        { "GET", "/api/registry/audit", Caller.Anonymous, HttpStatusCode.Unauthorized },
        { "GET", "/api/registry/audit", Caller.ManagerOfAnotherCluster, HttpStatusCode.Forbidden },
        { "GET", "/api/registry/audit", Caller.AcceleratorManager, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RefusedCallerGetsProblemDetailsAndChangesNothing(string method, string template, Caller caller, HttpStatusCode expected)
    {
        var organisation = await _api.RegisterAsync();
        var membership = await _api.RequestMembershipAsync(organisation.Id, "CLEVER");
        var eventsBefore = await _api.EventsMentioningAsync(organisation.Id.ToString());
        var path = template.Replace("{org}", organisation.Id.ToString(), StringComparison.Ordinal).Replace("{membership}", membership.Id.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(BodyFor(path));
            request.Headers.IfMatch.ParseAdd("*");
        }

        var response = await Client(caller).SendAsync(request);

        await response.ReadProblemAsync(expected);
        Assert.Equal(eventsBefore, await _api.EventsMentioningAsync(organisation.Id.ToString()));
        var stored = await (await _api.OrganisationUser(organisation.Id).GetAsync($"/api/registry/memberships/{membership.Id}")).ReadOkAsync<Apis.MembershipResponse>();
        Assert.Equal(Domain.MembershipStatus.Requested, stored.Status);
    }

    private HttpClient Client(Caller caller) => caller switch
    {
        Caller.Anonymous => _api.Anonymous(),
        Caller.OtherOrganisationUser => _api.OrganisationUser(Guid.NewGuid()),
        Caller.ManagerOfAnotherCluster => _api.Manager("ICT"),
        Caller.RegionalOfficer => _api.Officer(),
        _ => _api.As(Roles.AcceleratorManager),
    };

    /// <summary>A valid body for each endpoint, so that only authorization can refuse it.</summary>
    private static object BodyFor(string path) => path switch
    {
        _ when path.EndsWith("/memberships", StringComparison.Ordinal) => new { clusterCode = "ICT" },
        _ when path.EndsWith("/profile", StringComparison.Ordinal) => new { description = new { it = "x", en = "x" } },
        _ when path.Contains("/reference/", StringComparison.Ordinal) => new { name = new { it = "x", en = "x" } },
        "/api/registry/clusters" => new
        {
            code = "NEWCLUSTER", name = new { it = "x", en = "x" }, description = new { it = "x", en = "x" }, domain = new { it = "x", en = "x" },
            kind = "open-platform", status = "active",
        },
        _ when path.StartsWith("/api/registry/organisations/", StringComparison.Ordinal) => RegistryApi.Profile(),
        _ => new { note = "attempt" },
    };
}
