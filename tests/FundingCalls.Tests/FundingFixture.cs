using PiedmontSystem.FundingCalls.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.FundingCalls.Tests;

/// <summary>The funding service on its own database and virtual host, with a clock the tests can set.</summary>
public sealed class FundingFixture : ServiceFixture<FundingDbContext>
{
    public TestClock Clock { get; } = new();

    protected override string DatabaseResource => ResourceNames.FundingDatabase;

    public FundingApi Api => new(Service, Clock);

    protected override void Configure(ServiceFactory<FundingDbContext> service) =>
        service.WithClock(Clock).WithSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey);
}
