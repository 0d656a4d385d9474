using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.Tests.Operations;

/// <summary>
/// Every service's outbox backlog through the hub. The services here are one loopback server
/// answering each service's <c>{prefix}/operations/outbox</c> as the services do (one slowly,
/// one with an error), and the identity service's port has nobody behind it.
/// </summary>
public class OutboxBacklogTests(OperatorConsoleFixture hub) : IClassFixture<OperatorConsoleFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset OldestUnsentAt = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, string?> _authorizations = new();
    private WebApplication _services = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{hub.ServicesPort}");
        _services = builder.Build();
        foreach (var service in ResourceNames.Services)
        {
            _services.MapGet(service.PathPrefix + "/operations/outbox", async (HttpContext context) =>
            {
                _authorizations[service.Name] = context.Request.Headers.Authorization;
                switch (service.Name)
                {
                    case ResourceNames.Accelerator:
                        await Task.Delay(OperatorConsoleFixture.OutboxTimeout * 3, context.RequestAborted);
                        return Results.Ok();
                    case ResourceNames.Internationalisation:
                        return Results.Problem("The database is restarting.", statusCode: 503);
                    default:
                        var unsent = service.Name == ResourceNames.FundingCalls ? 12 : 0;
                        return Results.Json(new
                        {
                            service = service.Name,
                            unsent,
                            oldestUnsentAt = unsent > 0 ? OldestUnsentAt : (DateTimeOffset?)null,
                            oldestUnsentAgeSeconds = unsent > 0 ? 42.5 : (double?)null,
                        });
                }
            });
        }
        await _services.StartAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task EachServiceBacklogIsAskedWithTheOperatorsTokenAndOneThatDoesNotAnswerIsReportedNotFailed()
    {
        var client = hub.Operator();
        var stopwatch = Stopwatch.StartNew();

        var page = await client.GetJsonAsync("/api/partners/operations/outboxes");

        // All at once: the slow one and the silent one cost one timeout, not one each.
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, OperatorConsoleFixture.OutboxTimeout * 2.5);
        var services = page.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("service").GetString()!);
        Assert.Equal(ResourceNames.Services.Select(s => s.Name), services.Keys);
        var funding = services[ResourceNames.FundingCalls];
        Assert.Equal("answered", funding.GetProperty("state").GetString());
        Assert.Equal(12, funding.GetProperty("unsent").GetInt64());
        Assert.Equal(OldestUnsentAt, funding.GetProperty("oldestUnsentAt").GetDateTimeOffset());
        Assert.Equal(42.5, funding.GetProperty("oldestUnsentAgeSeconds").GetDouble());
        Assert.Equal(0, services[ResourceNames.PartnerHub].GetProperty("unsent").GetInt64());
        Assert.Equal(JsonValueKind.Null, services[ResourceNames.ClusterRegistry].GetProperty("oldestUnsentAt").ValueKind);
        Assert.Equal("unreachable", services[ResourceNames.Accelerator].GetProperty("state").GetString());
        Assert.Equal("unreachable", services[OperatorConsoleFixture.SilentService].GetProperty("state").GetString());
        var failed = services[ResourceNames.Internationalisation];
        Assert.Equal("failed", failed.GetProperty("state").GetString());
        Assert.Equal(503, failed.GetProperty("statusCode").GetInt32());
        Assert.All(_authorizations.Values, authorization => Assert.Equal(client.DefaultRequestHeaders.Authorization!.ToString(), authorization));
        // Every service but the silent one (no server listens there) was asked.
        Assert.Equal(ResourceNames.Services.Count - 1, _authorizations.Count);
    }
}
