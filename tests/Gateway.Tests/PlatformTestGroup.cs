using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Gateway.Tests;

/// <summary>
/// The test classes that use the whole platform share one: starting five processes with their
/// databases is most of their cost, and five platforms starting at once on a two-core machine
/// took longer than the tests on one. Its tests run one after another (a test that kills or
/// freezes a service, or counts indicators before and after, sees no other test's traffic) while
/// the other classes of the assembly run beside them.
/// </summary>
[CollectionDefinition(PlatformTestGroup.Name)]
public sealed class PlatformTestGroup : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
