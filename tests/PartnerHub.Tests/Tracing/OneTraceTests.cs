using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PiedmontSystem.BenchSupport;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Gateway.Edge;
using PiedmontSystem.LocalInfrastructure;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Tests.Tracing;

/// <summary>
/// A request through the gateway, the registry's handler, its outbox, the hub's consumer and the
/// webhook delivery to a partner form one trace: each process records its spans with the
/// in-memory exporter, on top of its own telemetry set-up (ServiceDefaults), and the partner's call
/// must chain, parent by parent, back to the request at the gateway.
/// </summary>
public sealed class OneTraceTests : IAsyncLifetime
{
    private readonly List<Activity> _gatewaySpans = [];
    private readonly List<Activity> _registrySpans = [];
    private readonly List<Activity> _hubSpans = [];
    private ServiceFactory<RegistryDbContext> _registry = null!;
    private ServiceFactory<PartnerHubDbContext> _hub = null!;
    private TracedGateway _gateway = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.GetAsync();
        var broker = await servers.CreateVirtualHostAsync();
        _registry = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, TestServerEndpoints.UniqueDatabaseName(ResourceNames.RegistryDatabase), broker, servers)
            .WithSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey).WithServices(Recording(_registrySpans));
        var registryPort = LoopbackPorts.FindFree();
        _registry.UseKestrel(registryPort);
        _registry.StartServer();
        _hub = new ServiceFactory<PartnerHubDbContext>(ResourceNames.PartnerHubDatabase, TestServerEndpoints.UniqueDatabaseName(ResourceNames.PartnerHubDatabase), broker, servers)
            .WithServices(Recording(_hubSpans));
        await Task.WhenAll(_registry.StartAndWaitUntilReadyAsync(), _hub.StartAndWaitUntilReadyAsync());
        _gateway = new TracedGateway($"http://127.0.0.1:{registryPort}", Recording(_gatewaySpans));
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _gateway.DisposeAsync();
        await _hub.DisposeAsync();
        await _registry.DisposeAsync();
    }

    [Fact]
    public async Task A_registration_through_the_gateway_and_its_webhook_delivery_are_one_trace()
    {
        var partner = _hub.CreateClient();
        partner.DefaultRequestHeaders.Authorization = new("Bearer", DevelopmentTokens.Create(Roles.PartnerSystem, subject: "crm-traced", scopes: ["api", "events:registry"]));
        await partner.SubscribeActiveAsync(_receiver, ["registry.organisation-registered.v1"]);

        var registrar = _gateway.CreateClient().WithToken(Roles.OrganisationUser, Guid.NewGuid());
        var response = await registrar.PostAsJsonAsync("/api/registry/organisations", new
        {
            legalName = "Traccia Uno srl", vatNumber = BenchOrganisations.VatNumber(), kind = "enterprise", province = "TO",
            headcount = 12, turnoverEur = 1_500_000m, prioritySystems = new[] { "MOBILITY" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var delivered = await Eventually.Until(() => Task.FromResult(_receiver.Accepted.FirstOrDefault(c => c.Json().GetProperty("type").GetString() == "registry.organisation-registered.v1")),
            call => call is not null, TimeSpan.FromSeconds(20), "the webhook delivery");

        // Every process's exporter sees every span of the test process (activity listeners are
        // process-wide), so the chain is read from all of them together.
        var spans = new[] { _gatewaySpans, _registrySpans, _hubSpans }.SelectMany(Snapshot).GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
        var call = spans.Values.Single(s => s.SpanId.ToHexString() == delivered!.TraceParent!.Split('-')[2]);
        var chain = new List<Activity>();
        for (var current = call; current is not null; current = spans.GetValueOrDefault(current.ParentSpanId))
        {
            chain.Add(current);
        }
        var described = string.Join(" ← ", chain.Select(s => $"{s.DisplayName} [{s.Kind}]"));

        // One unbroken chain from the call to the partner back to the request at the gateway, its root.
        var root = chain[^1];
        Assert.True(root.ParentSpanId == default, $"the chain ends at a span whose parent was not recorded: {described}");
        Assert.Equal(ActivityKind.Server, root.Kind);
        Assert.Equal(delivered!.TraceParent!.Split('-')[1], root.TraceId.ToHexString());
        Assert.All(chain, s => Assert.Equal(root.TraceId, s.TraceId));
        string[] expected = ["webhook deliver", "outbox publish"];
        Assert.All(expected, name => Assert.Contains(chain, s => s.DisplayName == name));
        Assert.Equal(ActivityKind.Client, chain[0].Kind);
        Assert.True(chain.Count(s => s.Kind == ActivityKind.Server) >= 2, $"the gateway's and the registry's requests are in the chain: {described}");
        Assert.Contains(chain, s => s.Kind == ActivityKind.Consumer);
        // In order: the partner call, the delivery, the hub's consumption, the publish, the registry's request, the gateway's.
        var order = new[]
        {
            chain.FindIndex(s => s.DisplayName == "webhook deliver"),
            chain.FindIndex(s => s.Kind == ActivityKind.Consumer),
            chain.FindIndex(s => s.DisplayName == "outbox publish"),
            chain.FindIndex(s => s.Kind == ActivityKind.Server),
            chain.Count - 1,
        };
        Assert.True(order.SequenceEqual(order.Order()), $"out of order: {described}");
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
        {
            return [.. spans];
        }
    }

    /// <summary>Records every span of the process, whatever its sampler says without an exporter.</summary>
    private static Action<IServiceCollection> Recording(List<Activity> spans) => services =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans));

    private sealed class TracedGateway(string registryAddress, Action<IServiceCollection> recording) : WebApplicationFactory<EdgeOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            var closed = $"http://127.0.0.1:{LoopbackPorts.FindFree()}";
            foreach (var service in ResourceNames.Services)
            {
                builder.UseSetting($"services:{service.Name}:http:0", service.Name == ResourceNames.ClusterRegistry ? registryAddress : closed);
            }
            builder.UseSetting(ReceiptStamp.KeySetting, GatewayStamps.TestKey);
            builder.ConfigureTestServices(recording);
        }
    }
}
