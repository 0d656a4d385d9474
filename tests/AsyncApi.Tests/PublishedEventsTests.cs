using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PiedmontSystem.ClusterRegistry.Apis;
using PiedmontSystem.ClusterRegistry.Infrastructure;
using PiedmontSystem.Messaging;
using PiedmontSystem.Messaging.Catalogue;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.TestInfrastructure;
using RabbitMQ.Client;

namespace PiedmontSystem.AsyncApi.Tests;

/// <summary>
/// The events a running service really publishes, read off RabbitMQ as a partner reads them (its own
/// queue bound to the exchanges), validate against the committed document: the cluster registry,
/// driven through its API to publish every kind of registry event.
/// </summary>
public class PublishedEventsTests : IClassFixture<PublishedEventsTests.Registry>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Registry _registry;

    public PublishedEventsTests(Registry registry) => _registry = registry;

    /// <summary>The registry on a fresh database and virtual host, and a partner queue bound to every registry exchange.</summary>
    public sealed class Registry : IAsyncLifetime
    {
        private IConnection _connection = null!;

        internal ServiceFactory<RegistryDbContext> Service { get; private set; } = null!;

        internal IChannel Channel { get; private set; } = null!;

        internal string Queue { get; } = "partner-asyncapi";

        public async Task InitializeAsync()
        {
            var servers = await TestServers.GetAsync();
            var broker = await servers.CreateVirtualHostAsync();
            _connection = await new ConnectionFactory { Uri = new Uri(broker.AmqpUri) }.CreateConnectionAsync();
            Channel = await _connection.CreateChannelAsync();
            await Channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
            foreach (var entry in EventCatalogue.All.Where(e => e.Area == "registry"))
            {
                // As MassTransit declares them; declaring first lets the queue be bound before the service publishes.
                await Channel.ExchangeDeclareAsync(entry.Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
                await Channel.QueueBindAsync(Queue, entry.Exchange, routingKey: "");
            }
            Service = new ServiceFactory<RegistryDbContext>(ResourceNames.RegistryDatabase, TestServerEndpoints.UniqueDatabaseName("registry"), broker, servers);
            await Service.StartAndWaitUntilReadyAsync();
        }

        public async Task DisposeAsync()
        {
            await Service.DisposeAsync();
            await Channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task EveryEventTheRegistryPublishesValidatesAgainstTheDocument()
    {
        var clusterCode = await CreateClusterAsync();
        var organisationId = await RegisterAndUpdateOrganisationAsync();
        var membership = await RequestMembershipAsync(organisationId, "CLEVER");
        await DecideAsync(membership, "CLEVER", "approve", new { });
        await DecideAsync(membership, "CLEVER", "suspend", new { note = "Membership fee for 2026 unpaid." });
        await DecideAsync(membership, "CLEVER", "reinstate", new { });
        await DecideAsync(membership, "CLEVER", "end", new { note = "Leaving the cluster." });
        await DecideAsync(await RequestMembershipAsync(organisationId, clusterCode), clusterCode, "reject", new { });

        var received = await ReceiveUntilEveryRegistryEventArrivedAsync();

        await EventValidator.AssertAllValidAsync(received.Select((r, i) => new ValidationCase($"{r.Entry.Type.Name} #{i + 1} received", r.Entry.Type.Name, r.Body)).ToList());
        // The same fields, posted by the partner hub as webhooks.
        await EventValidator.AssertAllValidAsync(received.Select((r, i) => new ValidationCase(
            $"{r.Entry.Type.Name}Webhook #{i + 1}", r.Entry.Type.Name + "Webhook", ContractInstances.Webhook(r.Entry, r.Body))).ToList());
        var rejected = received.First(r => r.Entry.Type.Name == "MembershipRejected").Body["message"]!.AsObject();
        Assert.True(rejected.ContainsKey("reason") && rejected["reason"] is null, "a rejection without a note carries reason: null");
    }

    private async Task<string> CreateClusterAsync()
    {
        var code = "AAPI" + Random.Shared.Next(1000, 9999);
        var response = await Client(Roles.RegionalOfficer).PostAsJsonAsync("/api/registry/clusters", new
        {
            code,
            name = new { it = "Piattaforma aperta di prova", en = "Test open platform" },
            description = new { it = "descrizione", en = "description" },
            domain = new { it = "dominio", en = "domain" },
            kind = "open-platform",
            status = "active",
            prioritySystems = new[] { "GREEN_TECH" },
            transversalRoles = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private async Task<Guid> RegisterAndUpdateOrganisationAsync()
    {
        var profile = new Dictionary<string, object?>
        {
            ["legalName"] = "AsyncAPI Test " + Guid.NewGuid().ToString("N")[..8],
            ["vatNumber"] = TestData.VatNumber(),
            ["kind"] = "enterprise",
            ["province"] = "CN",
            ["atecoCode"] = "62.01",
            ["foundedOn"] = "2021-06-15",
            ["prioritySystems"] = new[] { "GREEN_TECH", "FOOD" },
        };
        var registered = await Client(Roles.OrganisationUser, Guid.NewGuid()).PostAsJsonAsync("/api/registry/organisations", profile);
        var organisation = await registered.ReadOkAsync<OrganisationResponse>(HttpStatusCode.Created);

        profile["innovativeStartup"] = true;
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/registry/organisations/{organisation.Id}") { Content = JsonContent.Create(profile) };
        update.Headers.IfMatch.Add(registered.Headers.ETag!);
        (await Client(Roles.OrganisationUser, organisation.Id).SendAsync(update)).EnsureSuccessStatusCode();
        return organisation.Id;
    }

    private async Task<MembershipResponse> RequestMembershipAsync(Guid organisationId, string clusterCode)
    {
        var response = await Client(Roles.OrganisationUser, organisationId).PostAsJsonAsync($"/api/registry/organisations/{organisationId}/memberships", new { clusterCode });
        return await response.ReadOkAsync<MembershipResponse>(HttpStatusCode.Created);
    }

    private async Task DecideAsync(MembershipResponse membership, string clusterCode, string action, object note)
    {
        var client = action == "end" ? Client(Roles.OrganisationUser, membership.OrganisationId) : Client(Roles.ClusterManager, clusterCode: clusterCode);
        (await client.PostAsJsonAsync($"/api/registry/memberships/{membership.Id}/{action}", note)).EnsureSuccessStatusCode();
    }

    private HttpClient Client(string role, Guid? organisationId = null, string? clusterCode = null) =>
        _registry.Service.CreateClient().WithToken(role, organisationId, clusterCode);

    /// <summary>Reads the partner queue until an event of every registry exchange has arrived (the seeding's, if any, come too).</summary>
    private async Task<List<(CatalogueEntry Entry, JsonNode Body)>> ReceiveUntilEveryRegistryEventArrivedAsync()
    {
        var expected = EventCatalogue.All.Where(e => e.Area == "registry").Select(e => e.Urn).ToHashSet();
        var received = new List<(CatalogueEntry, JsonNode)>();
        var stopwatch = Stopwatch.StartNew();
        while (expected.Count > 0)
        {
            if (stopwatch.Elapsed > Timeout)
            {
                throw new TimeoutException($"In {Timeout.TotalSeconds} s no event came from {string.Join(", ", expected)}.");
            }
            var delivery = await _registry.Channel.BasicGetAsync(_registry.Queue, autoAck: true);
            if (delivery is null)
            {
                await Task.Delay(50);
                continue;
            }
            Assert.Equal("application/vnd.masstransit+json", delivery.BasicProperties.ContentType);
            var body = JsonNode.Parse(delivery.Body.Span)!;
            var urn = body["messageType"]![0]!.GetValue<string>();
            Assert.True(IntegrationEventTypes.TryResolve(urn, out var type), $"An event of unknown type {urn} was published.");
            received.Add((EventCatalogue.Of(type), body));
            expected.Remove(urn);
        }
        return received;
    }
}
