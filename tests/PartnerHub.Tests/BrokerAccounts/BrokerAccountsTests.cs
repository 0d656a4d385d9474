using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.PartnerHub.Tests.Operations;
using PiedmontSystem.RequestHandling.Auditing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PiedmontSystem.PartnerHub.Tests.BrokerAccounts;

/// <summary>
/// Operators provision partners' broker accounts through the hub, and the real RabbitMQ of the
/// run enforces what they were given: each test acts as the partner over AMQP with the password
/// the hub answered. Broker users are per node, not per virtual host: every test names its own partner.
/// </summary>
public class BrokerAccountsTests(OperatorConsoleFixture hub) : IClassFixture<OperatorConsoleFixture>
{
    private const string RegistryExchange = "piedmont.registry.organisation-registered.v1";
    private const string FundingExchange = "piedmont.funding.call-opened.v1";

    [Fact]
    public async Task AProvisionedPartnerReadsItsAreasExchangesIntoItsOwnQueueAndIsRefusedEverythingElse()
    {
        var partnerId = NewPartnerId();
        var credentials = await ProvisionAsync(partnerId, "registry");
        var user = $"partner.{partnerId}";
        Assert.Equal(user, credentials.GetProperty("account").GetProperty("userName").GetString());
        Assert.Contains(RegistryExchange, credentials.GetProperty("exchanges").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(FundingExchange, credentials.GetProperty("exchanges").EnumerateArray().Select(e => e.GetString()));
        await using var platform = await ConnectAsync(hub.Broker.AmqpUri);
        await DeclarePlatformExchangesAsync(platform);

        await using var partner = await ConnectAsync(AsPartner(user, credentials.GetProperty("password").GetString()!));
        var queue = $"{user}.organisations";
        await using (var channel = await partner.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(queue, RegistryExchange, "");
        }
        await using (var channel = await platform.CreateChannelAsync())
        {
            await channel.BasicPublishAsync(RegistryExchange, "", Encoding.UTF8.GetBytes("""{"organisationId":"o-1"}"""));
        }
        await using (var channel = await partner.CreateChannelAsync())
        {
            var received = await Eventually.Until(() => channel.BasicGetAsync(queue, autoAck: true), r => r is not null, TimeSpan.FromSeconds(5), "the event in the partner's queue");
            Assert.Equal("""{"organisationId":"o-1"}""", Encoding.UTF8.GetString(received!.Body.Span));
        }

        await AssertRefusedAsync(partner, channel => channel.QueueBindAsync(queue, FundingExchange, ""), "binding to another area's exchange");
        await AssertRefusedAsync(partner, channel => channel.QueueDeclareAsync("crm.organisations", durable: true, exclusive: false, autoDelete: false),
            "a queue not named after the partner");
        await AssertRefusedAsync(partner, async channel =>
        {
            await channel.BasicPublishAsync(RegistryExchange, "", Encoding.UTF8.GetBytes("{}"));
            // A refused publish closes the channel asynchronously; the next call meets the closed channel.
            await channel.QueueDeclarePassiveAsync(queue);
        }, "publishing to a platform exchange");
    }

    [Fact]
    public async Task RevokingDeletesTheUserClosingItsConnectionsAndItsQueuesAndKeepsTheAccountAsRevoked()
    {
        var partnerId = NewPartnerId();
        var credentials = await ProvisionAsync(partnerId, "registry", "funding");
        var user = $"partner.{partnerId}";
        var partnerUri = AsPartner(user, credentials.GetProperty("password").GetString()!);
        await using var partner = await ConnectAsync(partnerUri);
        await using (var channel = await partner.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync($"{user}.calls", durable: true, exclusive: false, autoDelete: false);
        }

        var revoked = await hub.Operator("operator-bianchi").DeleteAsync($"/api/partners/broker-accounts/{partnerId}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await Eventually.Until(() => Task.FromResult(!partner.IsOpen), TimeSpan.FromSeconds(5), "the partner's connection to be closed");
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(partnerUri));
        Assert.Null(await hub.Broker.CountMessagesAsync($"{user}.calls"));
        var listed = await hub.Operator().GetJsonAsync($"/api/partners/broker-accounts?partnerId={partnerId}");
        var account = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal("operator-bianchi (operator)", account.GetProperty("revokedBy").GetString());
        Assert.Equal(JsonValueKind.String, account.GetProperty("revokedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Operator().DeleteAsync($"/api/partners/broker-accounts/{partnerId}")).StatusCode);
        var audit = await hub.Service.QueryAsync<PartnerHubDbContext, List<string>>(db =>
            db.Set<AuditEntry>().Where(a => a.EntityType == "broker-account" && a.EntityId == partnerId).OrderBy(a => a.OccurredAt).Select(a => a.Action).ToListAsync());
        Assert.Equal(["broker-account.provisioned", "broker-account.revoked"], audit);

        // Revoked, the partner may be given an account again.
        await ProvisionAsync(partnerId, "registry");
    }

    [Fact]
    public async Task ARotatedPasswordReplacesTheOldOneAtOnce()
    {
        var partnerId = NewPartnerId();
        var user = $"partner.{partnerId}";
        var old = (await ProvisionAsync(partnerId, "identity")).GetProperty("password").GetString()!;

        var rotated = await (await hub.Operator().PostAsync($"/api/partners/broker-accounts/{partnerId}/password-rotation?closeConnections=true", null))
            .ReadOkAsync<JsonElement>();

        var fresh = rotated.GetProperty("password").GetString()!;
        Assert.NotEqual(old, fresh);
        Assert.Equal(JsonValueKind.String, rotated.GetProperty("account").GetProperty("passwordRotatedAt").ValueKind);
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(AsPartner(user, old)));
        await using var connection = await ConnectAsync(AsPartner(user, fresh));
        Assert.True(connection.IsOpen);
    }

    [Fact]
    public async Task ASecondAccountForTheSamePartnerIsAConflictAndTheFirstStands()
    {
        var partnerId = NewPartnerId();
        await ProvisionAsync(partnerId, "registry");

        var second = await hub.Operator().PostAsJsonAsync("/api/partners/broker-accounts", new { partnerId, eventAreas = new[] { "funding" } });

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:broker-account-exists", problem.GetProperty("type").GetString());
        var account = await hub.Operator().GetJsonAsync($"/api/partners/broker-accounts/{partnerId}");
        Assert.Equal(["registry"], account.GetProperty("eventAreas").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task AMalformedPartnerIdOrAnUnknownAreaIsRefusedNamingTheField()
    {
        var response = await hub.Operator().PostAsJsonAsync("/api/partners/broker-accounts",
            new { partnerId = "Partner.CRM", eventAreas = new[] { "registry", "weather" } });

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["eventAreas[1]", "partnerId"], problem.ErrorFields().Order());
        var empty = await hub.Operator().PostAsJsonAsync("/api/partners/broker-accounts", new { partnerId = NewPartnerId(), eventAreas = Array.Empty<string>() });
        Assert.Equal(["eventAreas"], (await empty.ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        Assert.Equal(0, await hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.BrokerAccounts.CountAsync(a => a.PartnerId == "Partner.CRM")));
    }

    public static TheoryData<string, int> Refused => OperatorConsoleFixture.Refused;

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task OnlyOperatorsManageBrokerAccounts(string caller, int status)
    {
        var partnerId = NewPartnerId();
        await ProvisionAsync(partnerId, "registry");
        var client = hub.Caller(caller);

        Assert.Equal(status, (int)(await client.PostAsJsonAsync("/api/partners/broker-accounts", new { partnerId = NewPartnerId(), eventAreas = new[] { "registry" } })).StatusCode);
        Assert.Equal(status, (int)(await client.GetAsync("/api/partners/broker-accounts")).StatusCode);
        Assert.Equal(status, (int)(await client.GetAsync($"/api/partners/broker-accounts/{partnerId}")).StatusCode);
        Assert.Equal(status, (int)(await client.PostAsync($"/api/partners/broker-accounts/{partnerId}/password-rotation", null)).StatusCode);
        Assert.Equal(status, (int)(await client.DeleteAsync($"/api/partners/broker-accounts/{partnerId}")).StatusCode);
        var account = await hub.Operator().GetJsonAsync($"/api/partners/broker-accounts/{partnerId}");
        Assert.Equal(JsonValueKind.Null, account.GetProperty("passwordRotatedAt").ValueKind);
    }

    private async Task<JsonElement> ProvisionAsync(string partnerId, params string[] eventAreas) =>
        await (await hub.Operator().PostAsJsonAsync("/api/partners/broker-accounts", new { partnerId, eventAreas })).ReadOkAsync<JsonElement>(HttpStatusCode.Created);

    private static string NewPartnerId() => "partner-" + Guid.NewGuid().ToString("N")[..12];

    private string AsPartner(string user, string password) =>
        new UriBuilder(hub.Broker.AmqpUri) { UserName = user, Password = password }.Uri.ToString();

    private static Task<IConnection> ConnectAsync(string uri) =>
        new ConnectionFactory { Uri = new Uri(uri), AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    /// <summary>The platform's exchanges, declared as MassTransit declares them (fanout, durable).</summary>
    private static async Task DeclarePlatformExchangesAsync(IConnection platform)
    {
        await using var channel = await platform.CreateChannelAsync();
        foreach (var exchange in new[] { RegistryExchange, FundingExchange })
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        }
    }

    /// <summary>RabbitMQ refuses the action with ACCESS_REFUSED (403), which closes the channel.</summary>
    private static async Task AssertRefusedAsync(IConnection connection, Func<IChannel, Task> action, string what)
    {
        var channel = await connection.CreateChannelAsync();
        var refusal = await Assert.ThrowsAnyAsync<RabbitMQClientException>(() => action(channel));
        Assert.True(channel.CloseReason?.ReplyCode == 403, $"{what}: expected ACCESS_REFUSED, got {channel.CloseReason} ({refusal.GetType().Name}: {refusal.Message})");
        channel.Dispose();
    }
}
