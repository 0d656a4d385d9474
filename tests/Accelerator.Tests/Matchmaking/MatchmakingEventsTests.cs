using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PiedmontSystem.TestInfrastructure;
using RabbitMQ.Client;

namespace PiedmontSystem.Accelerator.Tests.Matchmaking;

/// <summary>
/// What a partner system subscribed to Meet the corporates receives: its own queue bound to the three
/// exchanges gets session-published, meeting-scheduled and contract-signed in the documented envelope.
/// </summary>
public class MatchmakingEventsTests(AcceleratorFixture fixture) : IClassFixture<AcceleratorFixture>, IAsyncLifetime
{
    private static readonly string[] Events = ["session-published", "meeting-scheduled", "contract-signed"];
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly MatchmakingApi _api = new(fixture.Service, fixture.Clock);
    private IConnection _connection = null!;
    private IChannel _channel = null!;
    private string _queue = "";

    public async Task InitializeAsync()
    {
        _connection = await new ConnectionFactory { Uri = new Uri(fixture.Service.Broker.AmqpUri) }.CreateConnectionAsync();
        _channel = await _connection.CreateChannelAsync();
        _queue = (await _channel.QueueDeclareAsync("partner-matchmaking", durable: true, exclusive: false, autoDelete: false)).QueueName;
        foreach (var name in Events)
        {
            // The exchange exists once the accelerator first publishes; a partner may bind before that.
            var exchange = $"piedmont.accelerator.{name}.v1";
            await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await _channel.QueueBindAsync(_queue, exchange, routingKey: "");
        }
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task PartnerQueueReceivesTheThreeEventsOfAMeetingThatEndedInAContract()
    {
        _api.Clock.Reset();
        var published = await _api.PublishedSessionAsync(b => b["acceptanceMode"] = "opt-out");
        var startup = await _api.OrganisationAsync();
        await _api.RegisteredAsync(published.Id, startup);
        var request = MatchmakingApi.Id(await _api.RequestAsync(published.Id, startup, published.Buyers[0]));
        var meeting = await (await MatchmakingApi.BookAsync(_api.User(startup), request, 0)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
        _api.Clock.Set(meeting.GetProperty("startsAt").GetDateTimeOffset().AddMinutes(1));
        await (await _api.User(startup).PutAsJsonAsync($"{MatchmakingApi.Base}/meetings/{MatchmakingApi.Id(meeting)}/outcomes/participant",
            new { result = "supply-contract-signed", contractValueEur = 48_500.50m })).ReadOkAsync<JsonElement>();
        _api.Clock.Reset();

        // Each came from its own transaction, in this order; sorted anyway, as partners are told to rely on occurredAt, not arrival.
        var received = (await ReceiveAboutAsync(published.Id, count: 3))
            .OrderBy(r => Array.IndexOf(Events, r.GetProperty("messageType")[0].GetString()!.Split(':')[^2])).ToList();

        Assert.Equal(Events.Select(e => $"urn:message:piedmont:accelerator:{e}:v1"), received.Select(r => r.GetProperty("messageType")[0].GetString()));
        var sessionPublished = received[0].GetProperty("message");
        Assert.Equal("opt-out", sessionPublished.GetProperty("acceptanceMode").GetString());
        Assert.Equal(published.Session.GetProperty("registrationDeadline").GetString(), sessionPublished.GetProperty("registrationDeadline").GetString());
        var scheduled = received[1].GetProperty("message");
        Assert.Equal((MatchmakingApi.Id(meeting), startup, 1, "booked"),
            (scheduled.GetProperty("meetingId").GetGuid(), scheduled.GetProperty("participantOrganisationId").GetGuid(), scheduled.GetProperty("table").GetInt32(),
                scheduled.GetProperty("origin").GetString()));
        Assert.Equal(meeting.GetProperty("startsAt").GetString(), scheduled.GetProperty("startsAt").GetString());
        var contract = received[2].GetProperty("message");
        // MassTransit's envelope writes decimals as JSON strings, exactly ("48500.50"), as it does every amount of every event.
        Assert.Equal(("48500.50", false, "participant"),
            (contract.GetProperty("valueEur").GetString(), contract.GetProperty("buyerFromOutsideRegion").GetBoolean(), contract.GetProperty("recordedBy").GetString()));
    }

    /// <summary>Reads the partner queue until <paramref name="count"/> events about the session have arrived, in arrival order.</summary>
    private async Task<List<JsonElement>> ReceiveAboutAsync(Guid sessionId, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        var received = new List<JsonElement>();
        while (stopwatch.Elapsed < Timeout && received.Count < count)
        {
            var delivery = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (delivery is null)
            {
                await Task.Delay(50);
                continue;
            }
            var envelope = JsonDocument.Parse(delivery.Body).RootElement;
            if (envelope.GetProperty("message").GetProperty("sessionId").GetGuid() == sessionId)
            {
                received.Add(envelope.Clone());
            }
        }
        return received.Count == count ? received : throw new TimeoutException($"{received.Count} of {count} events about session {sessionId} reached the partner queue in {Timeout.TotalSeconds} s.");
    }
}
