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
/// in-memory exporter, on top of its own telemetry set-up (ServiceDefaults), and they must share
/// one trace id and chain parent to child.
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

        var request = Single(_gatewaySpans, s => s.Kind == ActivityKind.Server && s.DisplayName.StartsWith("POST", StringComparison.Ordinal), "the gateway's server span");
        var trace = request.TraceId;
        Assert.Equal(trace.ToHexString(), delivered!.TraceParent!.Split('-')[1]);

        var registryServer = Single(_registrySpans, s => s.Kind == ActivityKind.Server && s.TraceId == trace, "the registry's server span");
        var publish = Single(_registrySpans, s => s.Kind == ActivityKind.Producer && s.TraceId == trace, "the outbox's publish");
        var consume = Single(_hubSpans, s => s.Kind == ActivityKind.Consumer && s.TraceId == trace, "the hub's consumption");
        var deliver = Single(_hubSpans, s => s.DisplayName == "webhook deliver" && s.TraceId == trace, "the webhook delivery");
        var call = Single(_hubSpans, s => s.Kind == ActivityKind.Client && s.ParentSpanId == deliver.SpanId, "the call to the partner");

        // Parent to child: gateway → (its proxy call) → registry → publish … consume → deliver → call.
        Assert.Contains(_gatewaySpans, s => s.SpanId == registryServer.ParentSpanId);
        Assert.True(IsBelow(publish, registryServer, _registrySpans), "the publish descends from the registry's request");
        var sent = Single(_registrySpans, s => s.SpanId == consume.ParentSpanId, "the registry's span the consumption continues");
        Assert.True(sent == publish || IsBelow(sent, publish, _registrySpans), $"the consumption continues the publish, not {sent.DisplayName}");
        Assert.True(IsBelow(deliver, consume, _hubSpans), "the delivery descends from the consumption");
        Assert.Equal(call.SpanId.ToHexString(), delivered.TraceParent!.Split('-')[2]);
    }

    private static Activity Single(List<Activity> spans, Func<Activity, bool> match, string what)
    {
        lock (spans)
        {
            var found = spans.Where(match).ToList();
            Assert.True(found.Count >= 1, $"No span for {what} among: {string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.DisplayName}:{s.Kind}"))}");
            return found[0];
        }
    }

    private static bool IsBelow(Activity child, Activity ancestor, List<Activity> spans)
    {
        lock (spans)
        {
            var byId = spans.GroupBy(s => s.SpanId).ToDictionary(g => g.Key, g => g.First());
            for (var current = child; current is not null; current = byId.GetValueOrDefault(current.ParentSpanId))
            {
                if (current.ParentSpanId == ancestor.SpanId)
                {
                    return true;
                }
            }
            return false;
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
