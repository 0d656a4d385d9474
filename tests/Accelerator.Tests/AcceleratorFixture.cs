using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

/// <summary>The accelerator service on its own database and virtual host, with a clock the tests can set.</summary>
public sealed class AcceleratorFixture : ServiceFixture<AcceleratorDbContext>
{
    public TestClock Clock { get; } = new();

    protected override string DatabaseResource => ResourceNames.AcceleratorDatabase;

    public AcceleratorApi Api => new(Service, Clock);

    protected override void Configure(ServiceFactory<AcceleratorDbContext> service) =>
        service.WithClock(Clock).WithSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey);
}
