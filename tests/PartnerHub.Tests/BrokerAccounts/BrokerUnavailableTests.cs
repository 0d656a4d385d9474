using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.PartnerHub.Tests.Operations;

namespace PiedmontSystem.PartnerHub.Tests.BrokerAccounts;

/// <summary>A broker that refuses the hub: clear 503 answers, and nothing recorded as if it had worked.</summary>
public class BrokerUnavailableTests(RefusingManagementFixture hub) : IClassFixture<RefusingManagementFixture>
{
    [Fact]
    public async Task ProvisioningThatTheBrokerRefusesAnswers503AndRecordsNoAccount()
    {
        var response = await hub.Operator().PostAsJsonAsync("/api/partners/broker-accounts", new { partnerId = "partner-refused", eventAreas = new[] { "registry" } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("urn:piedmont:problem:broker-unavailable", problem.GetProperty("type").GetString());
        Assert.Contains("answered 401", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.BrokerAccounts.CountAsync()));
        Assert.Equal(0, await hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.Set<RequestHandling.Auditing.AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task TheErrorQueuesCannotBeListedWithoutTheManagementApi()
    {
        var response = await hub.Operator().GetAsync("/api/partners/operations/failed-messages/queues");

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("urn:piedmont:problem:broker-unavailable", problem.GetProperty("type").GetString());
    }
}
