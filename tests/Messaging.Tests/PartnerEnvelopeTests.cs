using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;
using RabbitMQ.Client;

namespace PiedmontSystem.Messaging.Tests;

/// <summary>
/// What a partner system receives: a plain RabbitMQ client, its own queue bound to an event's
/// exchange, reads exactly the envelope docs/events.md documents, and nothing about our hosts.
/// </summary>
public class PartnerEnvelopeTests(PartnerEnvelopeTests.Partner partner) : IClassFixture<PartnerEnvelopeTests.Partner>
{
    private const string Exchange = "piedmont.registry.organisation-registered.v1";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly RegistryToFunding _services = partner.Services;
    private readonly IChannel _channel = partner.Channel;
    private readonly string _queue = partner.Queue;

    /// <summary>
    /// The services and the partner's queue, shared by the tests of this class: each reads only
    /// the events about its own organisation.
    /// </summary>
    public sealed class Partner : IAsyncLifetime
    {
        private IConnection _connection = null!;

        internal RegistryToFunding Services { get; private set; } = null!;

        internal IChannel Channel { get; private set; } = null!;

        internal string Queue { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var servers = await TestServers.GetAsync();
            var broker = await servers.CreateVirtualHostAsync();
            Services = await RegistryToFunding.StartAsync(servers, broker);
            _connection = await new ConnectionFactory { Uri = new Uri(broker.AmqpUri) }.CreateConnectionAsync();
            Channel = await _connection.CreateChannelAsync();
            Queue = (await Channel.QueueDeclareAsync("partner-crm", durable: true, exclusive: false, autoDelete: false)).QueueName;
            await Channel.QueueBindAsync(Queue, Exchange, routingKey: "");
        }

        public async Task DisposeAsync()
        {
            await Channel.DisposeAsync();
            await _connection.DisposeAsync();
            await Services.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscriberReceivesExactlyTheDocumentedEnvelope()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var organisationId = await _services.RegisterOrganisationAsync($"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01", "partner-test-7");

        var (body, properties) = await ReceiveAboutAsync(organisationId);

        Assert.Equal("application/vnd.masstransit+json", properties.ContentType);
        var envelope = body.RootElement;
        Assert.Equal(["headers", "message", "messageId", "messageType", "sentTime"], envelope.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["urn:message:piedmont:registry:organisation-registered:v1"], envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
        Assert.True(Guid.TryParse(envelope.GetProperty("messageId").GetString(), out var messageId));
        Assert.Equal(messageId.ToString(), properties.MessageId);
        Assert.True(envelope.GetProperty("sentTime").TryGetDateTimeOffset(out _));

        var headers = envelope.GetProperty("headers").EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString());
        Assert.Equal(["piedmont-correlation-id", "traceparent"], headers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("partner-test-7", headers["piedmont-correlation-id"]);
        var traceParent = ActivityContext.Parse(headers["traceparent"]!, null);
        Assert.Equal(traceId, traceParent.TraceId);
        Assert.Equal(headers["traceparent"], Encoding.UTF8.GetString((byte[])properties.Headers!["traceparent"]!));

        Assert.Equal(organisationId, envelope.GetProperty("message").GetProperty("organisationId").GetGuid());
        Assert.DoesNotContain(Environment.MachineName, body.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlatformConsumersStillReceiveTheEnvelope()
    {
        var organisationId = await _services.RegisterOrganisationAsync();

        await Eventually.Until(() => _services.CountApplicantsAsync([organisationId]), n => n == 1, Timeout, "funding's applicant row");
    }

    /// <summary>Reads the partner queue until the event about <paramref name="organisationId"/> arrives.</summary>
    private async Task<(JsonDocument Body, IReadOnlyBasicProperties Properties)> ReceiveAboutAsync(Guid organisationId)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < Timeout)
        {
            var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (delivery is null)
            {
                await Task.Delay(50);
                continue;
            }
            var body = JsonDocument.Parse(delivery.Body);
            if (body.RootElement.GetProperty("message").GetProperty("organisationId").GetGuid() == organisationId)
            {
                return (body, delivery.BasicProperties);
            }
        }
        throw new TimeoutException($"No event about {organisationId} reached the partner queue in {Timeout.TotalSeconds} s.");
    }
}
