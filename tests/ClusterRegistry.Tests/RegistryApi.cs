using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>The registry's API as the tests drive it: each call makes its own data.</summary>
public sealed class RegistryApi(ServiceFactory<RegistryDbContext> service)
{
    public ServiceFactory<RegistryDbContext> Service => service;

    public HttpClient Anonymous() => service.CreateClient();

    public HttpClient As(string role, Guid? organisationId = null, string? clusterCode = null) =>
        service.CreateClient().WithToken(role, organisationId, clusterCode);

    public HttpClient OrganisationUser(Guid organisationId) => As(Roles.OrganisationUser, organisationId);

    public HttpClient Manager(string clusterCode) => As(Roles.ClusterManager, clusterCode: clusterCode);

    public HttpClient Officer() => As(Roles.RegionalOfficer);

    public static object Profile(string? legalName = null, string? vatNumber = null, int? headcount = null, decimal? turnoverEur = null, string province = "TO", string[]? prioritySystems = null) => new
    {
        legalName = legalName ?? "Registry Test " + Guid.NewGuid().ToString("N")[..10],
        vatNumber = vatNumber ?? TestData.VatNumber(),
        kind = "enterprise",
        province,
        headcount,
        turnoverEur,
        prioritySystems = prioritySystems ?? ["GREEN_TECH"],
    };

    public async Task<OrganisationResponse> RegisterAsync(object? profile = null)
    {
        var response = await As(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", profile ?? Profile());
        return await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
    }

    public async Task<MembershipResponse> RequestMembershipAsync(Guid organisationId, string clusterCode)
    {
        var response = await OrganisationUser(organisationId).PostAsJsonAsync($"/api/registry/organisations/{organisationId}/memberships", new { clusterCode });
        return await response.ReadOkAsync<MembershipResponse>(HttpStatusCode.Created);
    }

    public async Task<MembershipResponse> ApproveAsync(MembershipResponse membership)
    {
        var response = await Manager(membership.ClusterCode).PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/approve", new { });
        return await response.ReadOkAsync<MembershipResponse>();
    }

    /// <summary>An organisation that is an active member of each of the given clusters.</summary>
    public async Task<OrganisationResponse> MemberOfAsync(params string[] clusterCodes)
    {
        var organisation = await RegisterAsync();
        foreach (var code in clusterCodes)
        {
            await ApproveAsync(await RequestMembershipAsync(organisation.Id, code));
        }
        return organisation;
    }

    /// <summary>Message types of the outbox rows whose payload mentions <paramref name="text"/>, oldest first.</summary>
    public Task<List<string>> EventsMentioningAsync(string text) => service.EventsMentioningAsync<RegistryDbContext, RegistryDbContext>(text);

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        await response.ReadOkAsync<JsonElement>(expected);
}
