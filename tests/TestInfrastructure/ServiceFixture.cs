using PiedmontSystem.ServiceDefaults;
using Xunit;

namespace PiedmontSystem.TestInfrastructure;

/// <summary>
/// A service started once for a test class, on a fresh database and virtual host. Tests of the
/// class share the host but not their data: each creates its own organisations and ids.
/// </summary>
public abstract class ServiceFixture<TEntryPoint> : IAsyncLifetime where TEntryPoint : class
{
    /// <summary>The service's database resource name (<see cref="ResourceNames"/>).</summary>
    protected abstract string DatabaseResource { get; }

    public ServiceFactory<TEntryPoint> Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = _servers = await TestServers.GetAsync();
        var broker = await servers.CreateVirtualHostAsync();
        _database = TestServerEndpoints.UniqueDatabaseName(DatabaseResource);
        Service = new ServiceFactory<TEntryPoint>(DatabaseResource, _database, broker, servers);
        Configure(Service);
        await Service.StartAndWaitUntilReadyAsync();
    }

    /// <summary>Settings or a clock for the service, before it starts.</summary>
    protected virtual void Configure(ServiceFactory<TEntryPoint> service)
    {
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await _servers.RemoveAsync([_database], Service.Broker.VirtualHost);
    }

    private TestServerEndpoints _servers = null!;
    private string _database = null!;
}
