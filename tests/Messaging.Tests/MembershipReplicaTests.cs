using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>Membership changes made in the registry reach funding's copy, the way eligibility checks will read it.</summary>
[Collection(SharedRegistryToFunding.Collection)]
public class MembershipReplicaTests(SharedRegistryToFunding shared)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly RegistryToFunding _services = shared.Services;

    [Fact]
    public async Task RequestApprovalAndSuspensionAreMirroredInFunding()
    {
        var organisationId = await _services.RegisterOrganisationAsync();
        var member = _services.Registry.CreateClient().WithToken(Roles.OrganisationUser, organisationId);
        var manager = _services.Registry.CreateClient().WithToken(Roles.ClusterManager, clusterCode: "CLEVER");
        var membership = await (await member.PostAsJsonAsync($"/api/registry/organisations/{organisationId}/memberships", new { clusterCode = "CLEVER" }))
            .ReadOkAsync<MembershipResponse>(HttpStatusCode.Created);

        await Eventually.Until(() => StatusAsync(membership.Id), s => s == MembershipStatuses.Requested, Timeout, "the request in funding");
        (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/approve", new { })).EnsureSuccessStatusCode();
        await Eventually.Until(() => StatusAsync(membership.Id), s => s == MembershipStatuses.Active, Timeout, "the approval in funding");
        (await manager.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/suspend", new { note = "audit" })).EnsureSuccessStatusCode();

        await Eventually.Until(() => StatusAsync(membership.Id), s => s == MembershipStatuses.Suspended, Timeout, "the suspension in funding");
        var copy = await _services.Funding.QueryAsync<FundingDbContext, ReplicatedMembership>(db => db.Memberships.AsNoTracking().SingleAsync(m => m.MembershipId == membership.Id));
        Assert.Equal(("CLEVER", organisationId), (copy.ClusterCode, copy.OrganisationId));
    }

    private Task<string?> StatusAsync(Guid membershipId) =>
        _services.Funding.QueryAsync<FundingDbContext, string?>(db => db.Memberships.Where(m => m.MembershipId == membershipId).Select(m => m.Status).FirstOrDefaultAsync());
}
