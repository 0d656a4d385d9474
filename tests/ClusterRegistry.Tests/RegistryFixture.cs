using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.ClusterRegistry.Tests;

public sealed class RegistryFixture : ServiceFixture<RegistryDbContext>
{
    protected override string DatabaseResource => ResourceNames.RegistryDatabase;

    public RegistryApi Api => new(Service);
}
