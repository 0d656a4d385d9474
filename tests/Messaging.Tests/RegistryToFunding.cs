using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.Messaging.Outbox;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>The registry and funding services in process, on their own databases, sharing one broker.</summary>
internal sealed class RegistryToFunding(TestServerEndpoints servers, IsolatedBroker broker, IReadOnlyDictionary<string, string?> settings) : IAsyncDisposable
{
    private readonly string _registryDatabase = TestServerEndpoints.UniqueDatabaseName("registry");
    private readonly string _fundingDatabase = TestServerEndpoints.UniqueDatabaseName("funding");

    public ServiceFactory<RegistryDbContext> Registry { get; private set; } = null!;
    public ServiceFactory<FundingDbContext> Funding { get; private set; } = null!;

    /// <param name="servers">The run's PostgreSQL (fresh databases) and RabbitMQ.</param>
    /// <param name="broker">The virtual host both services use.</param>
    /// <param name="settings">Configuration keys set in both services (e.g. shorter retry intervals).</param>
    public static async Task<RegistryToFunding> StartAsync(TestServerEndpoints servers, IsolatedBroker broker, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var pair = new RegistryToFunding(servers, broker, settings ?? new Dictionary<string, string?>());
        pair.Funding = WithSettings(new ServiceFactory<FundingDbContext>(ResourceNames.FundingDatabase, pair._fundingDatabase, broker, servers), pair.Settings);
        await pair.Funding.StartAndWaitUntilReadyAsync();
        pair.Registry = pair.NewRegistry();
        await pair.Registry.StartAndWaitUntilReadyAsync();
        return pair;
    }

    /// <summary>A new registry process on the same database: what comes back after a crash.</summary>
    public ServiceFactory<RegistryDbContext> NewRegistry() =>
        WithSettings(new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, _registryDatabase, broker, servers), settings);

    private IReadOnlyDictionary<string, string?> Settings => settings;

    private static ServiceFactory<T> WithSettings<T>(ServiceFactory<T> factory, IReadOnlyDictionary<string, string?> settings) where T : class
    {
        foreach (var (key, value) in settings)
        {
            factory.WithSetting(key, value);
        }
        return factory;
    }

    public async Task RestartRegistryAsync()
    {
        await Registry.DisposeAsync();
        Registry = NewRegistry();
        _ = Registry.Server;
    }

    public async Task<Guid> RegisterOrganisationAsync(string? traceParent = null, string? correlationId = null)
    {
        var client = Registry.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        if (traceParent is not null)
        {
            client.DefaultRequestHeaders.Add("traceparent", traceParent);
        }
        if (correlationId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Correlation-Id", correlationId);
        }
        var response = await client.PostAsJsonAsync("/api/registry/organisations", TestData.Organisation());
        return (await response.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created)).Id;
    }

    public Task<int> CountApplicantsAsync(IReadOnlyCollection<Guid> organisationIds) =>
        Funding.QueryAsync<FundingDbContext, int>(db => db.Organisations.CountAsync(a => organisationIds.Contains(a.OrganisationId)));

    /// <summary>The outbox rows about these organisations (the registry's seeding announces others too).</summary>
    public async Task<List<OutboxMessage>> OutboxAsync(IReadOnlyCollection<Guid> organisationIds) =>
        (await Registry.QueryAsync<RegistryDbContext, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync()))
            .Where(m => organisationIds.Any(id => m.Payload.Contains(id.ToString(), StringComparison.Ordinal)))
            .ToList();

    public Task<int> CountInboxAsync(IReadOnlyCollection<Guid> messageIds) =>
        Funding.QueryAsync<FundingDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => messageIds.Contains(m.MessageId)));

    public async ValueTask DisposeAsync()
    {
        await Registry.DisposeAsync();
        await Funding.DisposeAsync();
    }
}

/// <summary>
/// One registry and funding pair, on a fresh virtual host, for the tests of the classes in its
/// collection: tests that only look at their own organisations and leave nothing behind that
/// others assert on (no error queue, no stopped broker), so that they need not each start two
/// services on fresh databases (most of their time). Tests still run one at a time.
/// </summary>
public sealed class SharedRegistryToFunding : IAsyncLifetime
{
    public const string Collection = "shared registry and funding";

    internal IsolatedBroker Broker { get; private set; } = null!;

    internal RegistryToFunding Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        Broker = await servers.CreateVirtualHostAsync();
        Services = await RegistryToFunding.StartAsync(servers, Broker);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}

[CollectionDefinition(SharedRegistryToFunding.Collection)]
public sealed class SharedRegistryToFundingTestGroup : ICollectionFixture<SharedRegistryToFunding>;
