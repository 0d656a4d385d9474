using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>
/// The registry on a PostgreSQL server of its own, which these tests stop and start again: a
/// request that meets a restart is retried whole and succeeds once; one that meets an outage
/// longer than the retries answers 503 with Retry-After and leaves nothing behind. Never 500.
/// </summary>
public sealed class DatabaseOutageFixture : IAsyncLifetime
{
    private string _directory = null!;

    public PostgresServer Postgres { get; private set; } = null!;

    public ServiceFactory<RegistryDbContext> Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        _directory = Path.Combine(Path.GetTempPath(), "piedmont-db-outage-" + Guid.NewGuid().ToString("N")[..8]);
        Postgres = await PostgresServer.StartAsync(Path.Combine(_directory, "postgres"), LoopbackPorts.FindFree(), Guid.NewGuid().ToString("N"), durable: false);
        OrphanGuard.CleanUpWhenProcessExits(_directory, Postgres, null);
        var ownServer = servers with { PostgresAdminConnectionString = Postgres.ConnectionString() };
        Service = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, ResourceNames.RegistryDatabase, await servers.CreateVirtualHostAsync(), ownServer);
        await Service.StartAndWaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}

public class DatabaseOutageTests(DatabaseOutageFixture fixture) : IClassFixture<DatabaseOutageFixture>
{
    private const string Path = "/api/registry/organisations";

    [Fact]
    public async Task RegistrationDuringADatabaseRestartIsRetriedAndAppliedOnce()
    {
        var vat = TestData.VatNumber();
        var client = fixture.Service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        // Through the idempotency filter's own transaction: the whole unit of work is what is retried.
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));

        await fixture.Postgres.StopAsync();
        var request = client.PostAsJsonAsync(Path, TestData.Organisation(vatNumber: vat));
        await fixture.Postgres.StartAgainAsync();
        var response = await request;

        var created = await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);
        Assert.Equal(1, await CountOrganisationsAsync(vat));
        var events = await fixture.Service.QueryAsync<RegistryDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());
        Assert.Single(events, m => m.Payload.Contains(created.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistrationWhileTheDatabaseStaysDownAnswers503WithRetryAfterAndChangesNothing()
    {
        var vat = TestData.VatNumber();
        var client = fixture.Service.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());

        await fixture.Postgres.StopAsync();
        HttpResponseMessage write, read;
        try
        {
            write = await client.PostAsJsonAsync(Path, TestData.Organisation(vatNumber: vat));
            read = await client.GetAsync($"{Path}?namePrefix=Test");
        }
        finally
        {
            await fixture.Postgres.StartAgainAsync();
        }

        foreach (var response in new[] { write, read })
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("urn:piedmont:problem:service-unavailable", problem.GetProperty("type").GetString());
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        }
        Assert.Equal(0, await CountOrganisationsAsync(vat));
    }

    private Task<int> CountOrganisationsAsync(string vat) =>
        fixture.Service.QueryAsync<RegistryDbContext, int>(db => db.Organisations.CountAsync(o => o.VatNumber == vat));
}
