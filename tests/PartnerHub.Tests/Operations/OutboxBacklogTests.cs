using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PiedmontSystem.ServiceDefaults;

namespace PiedmontSystem.PartnerHub.Tests.Operations;

/// <summary>
/// Every service's outbox backlog through the hub. The services here are one loopback server
/// answering each service's <c>{prefix}/operations/outbox</c> as the services do (one never,
/// one with an error), and the identity service's port has nobody behind it. No service answers
/// before every reachable one has been asked: a hub that asked them one after another would see
/// the first time out, so the test shows that they are asked all at once without timing anything.
/// </summary>
public class OutboxBacklogTests(OperatorConsoleFixture hub) : IClassFixture<OperatorConsoleFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset OldestUnsentAt = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
    private readonly ConcurrentDictionary<string, string?> _authorizations = new();
    private readonly TaskCompletionSource _everyReachableServiceAsked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _services = null!;

    private static int ReachableServices => ResourceNames.Services.Count(s => s.Name != OperatorConsoleFixture.SilentService);

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
                if (_authorizations.Count == ReachableServices)
                {
                    _everyReachableServiceAsked.TrySetResult();
                }
                await _everyReachableServiceAsked.Task.WaitAsync(context.RequestAborted);
                switch (service.Name)
                {
                    case ResourceNames.Accelerator:
                        await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
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

        var page = await client.GetJsonAsync("/api/partners/operations/outboxes");

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
