using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

/// <summary>The registry on a fresh database and virtual host, shared by the tests of one class.</summary>
public sealed class RegistryFactory : IAsyncLifetime
{
    public ServiceFactory<RegistryDbContext> Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        var broker = await servers.CreateVirtualHostAsync();
        Service = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, TestServerEndpoints.UniqueDatabaseName("registry"), broker, servers);
        _ = Service.Server; // start now: migrations run here, not inside the first test
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}
