using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.TestInfrastructure;

namespace PiedmontSystem.Accelerator.Tests;

/// <summary>The accelerator with demo data switched on, as <c>./piedmont run --demo-data</c> starts it.</summary>
public sealed class DemoDataFixture : ServiceFixture<AcceleratorDbContext>
{
    protected override string DatabaseResource => ResourceNames.AcceleratorDatabase;

    protected override void Configure(ServiceFactory<AcceleratorDbContext> service) =>
        service.WithSetting("Accelerator:DemoData:Enabled", "true").WithSetting("Accelerator:DemoData:MinimumOrganisations", "60")
            .WithSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey);
}

public class DemoDataTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SyntheticHistoryIsLoadedOnceTheRegistrysDemoOrganisationsArrive()
    {
        var bus = fixture.Service.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 60; i++)
        {
            var kind = i < 54 ? "enterprise" : "university";
            await bus.Publish(new OrganisationRegistered(Guid.NewGuid(), $"Synthetic {i:D3} S.r.l. (demo)", null, kind, "TO", DateTimeOffset.UtcNow, i < 54 ? "small" : "large"));
        }
        var client = fixture.Service.CreateClient();

        var indicators = await Eventually.Until(
            async () => await client.GetAsync("/api/accelerator/indicators?programme=BA-DEMO"),
            r => r.IsSuccessStatusCode, Timeout, "the demo programme's indicators");
        var body = await indicators.ReadOkAsync<JsonElement>();

        var intakes = body.GetProperty("byIntake").EnumerateArray().ToList();
        Assert.Equal(3, intakes.Count);
        var first = intakes[0].GetProperty("indicators");
        Assert.Equal((12, 10, 2), (first.GetProperty("participatingStartups").GetInt32(), first.GetProperty("completed").GetInt32(), first.GetProperty("droppedOut").GetInt32()));
        Assert.All(first.GetProperty("alumniYears").EnumerateArray(), y => Assert.True(y.GetProperty("reports").GetInt32() >= 3));
        Assert.Equal(2, body.GetProperty("meetTheCorporates").GetProperty("sessions").GetArrayLength());
        Assert.Equal(40, body.GetProperty("meetTheCorporates").GetProperty("totals").GetProperty("buyers").GetInt32());
        var open = await (await client.GetAsync("/api/accelerator/intakes?status=open&limit=200")).ReadOkAsync<JsonElement>();
        Assert.Contains(open.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString()!.StartsWith("BA-DEMO-", StringComparison.Ordinal));
    }
}
