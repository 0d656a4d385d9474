using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Internationalisation.Tests;

/// <summary>The internationalisation service on its own database and virtual host, with a clock the tests can set.</summary>
public sealed class InternationalisationFixture : ServiceFixture<InternationalisationDbContext>
{
    public TestClock Clock { get; } = new();

    protected override string DatabaseResource => ResourceNames.InternationalisationDatabase;

    protected override void Configure(ServiceFactory<InternationalisationDbContext> service) =>
        service.WithClock(Clock).WithSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey);
}
