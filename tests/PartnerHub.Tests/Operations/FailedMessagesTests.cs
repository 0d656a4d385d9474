using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Infrastructure;
using PiedmontSystem.RequestHandling.Auditing;
using RabbitMQ.Client;

namespace PiedmontSystem.PartnerHub.Tests.Operations;

/// <summary>
/// The failed-message console against real failures: each test runs its own MassTransit consumer
/// on the hub's virtual host, makes it fail until the message is in <c>&lt;queue&gt;_error</c>, and
/// works on that queue through the hub.
/// </summary>
public class FailedMessagesTests(OperatorConsoleFixture hub) : IClassFixture<OperatorConsoleFixture>, IAsyncLifetime
{
    private const string Console = "/api/partners/operations/failed-messages";
    private FailingLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await FailingLedger.StartAsync(hub.Broker.AmqpUri);

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task AFailedMessageIsListedWithItsConsumerExceptionAndFailureTimesAndReadingLeavesEveryMessageInPlace()
    {
        var sentAt = DateTimeOffset.UtcNow;
        var first = await _ledger.PostAsync("4010 suppliers");
        var second = await _ledger.PostAsync("4020 grants");
        await WaitForErrorQueueAsync(2);

        var queue = Assert.Single((await hub.Operator().GetJsonAsync($"{Console}/queues")).GetProperty("items").EnumerateArray(),
            q => q.GetProperty("queue").GetString() == _ledger.ErrorQueue);
        Assert.Equal(_ledger.Queue, queue.GetProperty("sourceQueue").GetString());
        Assert.Equal(2, queue.GetProperty("messages").GetInt64());

        var read = await ReadMessagesAsync();
        var again = await ReadMessagesAsync();

        Assert.Equal(2, read.GetProperty("messages").GetInt64());
        // In the order they failed (the consumer runs them concurrently), the same on every read.
        Assert.Equal(new[] { first.ToString(), second.ToString() }.Order(), Ids(read).Order());
        Assert.Equal(Ids(read), Ids(again));
        var message = read.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("messageId").GetString() == first.ToString());
        Assert.Equal("urn:message:PiedmontSystem.PartnerHub.Tests.Operations:LedgerEntryPosted", message.GetProperty("messageType").GetString());
        Assert.Contains("LedgerEntryPostedConsumer", message.GetProperty("consumer").GetString());
        Assert.Equal("System.InvalidOperationException", message.GetProperty("exceptionType").GetString());
        Assert.Equal(FailingLedger.Failure, message.GetProperty("exceptionMessage").GetString());
        Assert.Contains("LedgerEntryPostedConsumer.Consume", message.GetProperty("stackTrace").GetString());
        Assert.Equal(1, message.GetProperty("retryCount").GetInt32());
        var failedAt = message.GetProperty("failedAt").GetDateTimeOffset();
        Assert.InRange(failedAt, sentAt.AddSeconds(-1), DateTimeOffset.UtcNow);
        Assert.Equal(failedAt, message.GetProperty("firstFailedAt").GetDateTimeOffset());
        Assert.Equal(failedAt, message.GetProperty("lastFailedAt").GetDateTimeOffset());
        Assert.Contains("4010 suppliers", message.GetProperty("bodyExcerpt").GetString());
        Assert.Equal(0, message.GetProperty("replays").GetInt32());
    }

    [Fact]
    public async Task AReplayedMessageThatFailsAgainKeepsItsFirstFailureMovesItsLastAndIsPostedOnceTheConsumerRecovers()
    {
        var entry = await _ledger.PostAsync("4010 suppliers");
        await WaitForErrorQueueAsync(1);
        var firstFailure = (await ReadMessagesAsync()).GetProperty("items")[0].GetProperty("failedAt").GetDateTimeOffset();

        var replayed = await (await hub.Operator().PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/replay", null)).ReadOkAsync<JsonElement>();
        Assert.Equal(1, replayed.GetProperty("replayed").GetInt32());
        // Still closed: it fails again and MassTransit moves it back.
        await Eventually.Until(async () => (await ReadMessagesAsync()).GetProperty("items") is { } items
            && items.GetArrayLength() == 1 && items[0].GetProperty("failedAt").GetDateTimeOffset() > firstFailure,
            TimeSpan.FromSeconds(10), "the replayed message to fail again");
        var failedAgain = (await ReadMessagesAsync()).GetProperty("items")[0];
        Assert.Equal(firstFailure, failedAgain.GetProperty("firstFailedAt").GetDateTimeOffset());
        Assert.Equal(failedAgain.GetProperty("failedAt").GetDateTimeOffset(), failedAgain.GetProperty("lastFailedAt").GetDateTimeOffset());
        Assert.Equal(1, failedAgain.GetProperty("replays").GetInt32());

        _ledger.Closed = false;
        var all = await (await hub.Operator().PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/replay", null)).ReadOkAsync<JsonElement>();

        Assert.Equal([entry.ToString()], all.GetProperty("messageIds").EnumerateArray().Select(i => i.GetString()));
        await Eventually.Until(() => Task.FromResult(_ledger.Posted.Contains(entry)), TimeSpan.FromSeconds(10), "the replayed entry to be posted");
        Assert.Equal(0, (await ReadMessagesAsync()).GetProperty("messages").GetInt64());
        var record = await hub.Service.QueryAsync<PartnerHubDbContext, Domain.FailedMessages.FailedMessage>(db =>
            db.FailedMessages.SingleAsync(m => m.ErrorQueue == _ledger.ErrorQueue && m.MessageId == entry.ToString()));
        Assert.Equal(2, record.Replays);
        Assert.Equal("operator-rossi (operator)", record.LastReplayedBy);
        Assert.Equal(2, await AuditCountAsync("failed-messages.replayed", _ledger.ErrorQueue));
    }

    [Fact]
    public async Task DiscardRemovesTheMessageAndKeepsItsCopyAndReasonInTheAuditTrail()
    {
        var kept = await _ledger.PostAsync("4010 suppliers");
        var entry = await _ledger.PostAsync("9999 test account");
        await WaitForErrorQueueAsync(2);
        var discardPath = $"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/discard";
        var reason = "Posted by the test account; nothing to post.";

        Assert.Equal(["reason"], (await (await hub.Operator().PostAsJsonAsync(discardPath, new { reason = "  " })).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorFields());
        await (await hub.Operator().PostAsJsonAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{Guid.NewGuid()}/discard", new { reason }))
            .ReadProblemAsync(HttpStatusCode.NotFound);
        var discarded = await (await hub.Operator("operator-verdi").PostAsJsonAsync(discardPath, new { reason })).ReadOkAsync<JsonElement>();

        Assert.Equal(reason, discarded.GetProperty("reason").GetString());
        Assert.Equal("operator-verdi (operator)", discarded.GetProperty("discardedBy").GetString());
        Assert.Equal("utf-8", discarded.GetProperty("bodyEncoding").GetString());
        Assert.Contains("9999 test account", discarded.GetProperty("body").GetString());
        Assert.Contains(FailingLedger.Failure, discarded.GetProperty("properties").GetString());
        Assert.Equal([kept.ToString()], Ids(await ReadMessagesAsync()));
        await (await hub.Operator().PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/replay", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        var listed = await hub.Operator().GetJsonAsync($"{Console}/discarded?queue={_ledger.ErrorQueue}");
        Assert.Equal(entry.ToString(), Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("messageId").GetString());
        var record = await hub.Service.QueryAsync<PartnerHubDbContext, Domain.FailedMessages.FailedMessage>(db =>
            db.FailedMessages.SingleAsync(m => m.ErrorQueue == _ledger.ErrorQueue && m.MessageId == entry.ToString()));
        Assert.Contains("9999 test account", Encoding.UTF8.GetString(record.DiscardedBody!));
        var audit = await hub.Service.QueryAsync<PartnerHubDbContext, AuditEntry>(db =>
            db.Set<AuditEntry>().SingleAsync(a => a.Action == "failed-message.discarded" && a.EntityId == record.Id.ToString()));
        Assert.Equal("operator-verdi (operator)", audit.Actor);
        Assert.Contains(reason, audit.Details);
    }

    [Fact]
    public async Task AMessageWhoseQueueIsGoneIsNotReplayedAndStaysInTheErrorQueue()
    {
        var entry = await _ledger.PostAsync("4010 suppliers");
        await WaitForErrorQueueAsync(1);
        await _ledger.StopAsync();
        await using (var platform = await new ConnectionFactory { Uri = new Uri(hub.Broker.AmqpUri) }.CreateConnectionAsync())
        await using (var channel = await platform.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync(_ledger.Queue);
        }

        var response = await hub.Operator().PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/replay", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("urn:piedmont:problem:source-queue-missing", problem.GetProperty("type").GetString());
        Assert.Equal([entry.ToString()], Ids(await ReadMessagesAsync()));
        Assert.Equal(0, (await ReadMessagesAsync()).GetProperty("items")[0].GetProperty("replays").GetInt32());
    }

    [Fact]
    public async Task OnlyErrorQueuesAreReadAndAMissingOneIsNotFound()
    {
        await (await hub.Operator().GetAsync($"{Console}/queues/{_ledger.Queue}/messages")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await hub.Operator().GetAsync($"{Console}/queues/nobody-here_error/messages")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await hub.Operator().PostAsync($"{Console}/queues/nobody-here_error/replay", null)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    public static TheoryData<string, int> Refused => OperatorConsoleFixture.Refused;

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task OnlyOperatorsSeeAndHandleFailedMessages(string caller, int status)
    {
        var entry = await _ledger.PostAsync("4010 suppliers");
        await WaitForErrorQueueAsync(1);
        var client = hub.Caller(caller);

        Assert.Equal(status, (int)(await client.GetAsync($"{Console}/queues")).StatusCode);
        Assert.Equal(status, (int)(await client.GetAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages")).StatusCode);
        Assert.Equal(status, (int)(await client.PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/replay", null)).StatusCode);
        Assert.Equal(status, (int)(await client.PostAsync($"{Console}/queues/{_ledger.ErrorQueue}/replay", null)).StatusCode);
        Assert.Equal(status, (int)(await client.PostAsJsonAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages/{entry}/discard", new { reason = "curious" })).StatusCode);
        Assert.Equal(status, (int)(await client.GetAsync($"{Console}/discarded")).StatusCode);
        Assert.Equal(status, (int)(await client.GetAsync("/api/partners/operations/outboxes")).StatusCode);
        Assert.Equal([entry.ToString()], Ids(await ReadMessagesAsync()));
    }

    private async Task<JsonElement> ReadMessagesAsync() =>
        await hub.Operator().GetJsonAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages");

    private Task WaitForErrorQueueAsync(int messages) =>
        Eventually.Until(async () =>
        {
            var response = await hub.Operator().GetAsync($"{Console}/queues/{_ledger.ErrorQueue}/messages");
            return response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages").GetInt64() == messages;
        }, TimeSpan.FromSeconds(10), $"{messages} messages in {_ledger.ErrorQueue}");

    private Task<int> AuditCountAsync(string action, string entityId) =>
        hub.Service.QueryAsync<PartnerHubDbContext, int>(db => db.Set<AuditEntry>().CountAsync(a => a.Action == action && a.EntityId == entityId));

    private static string[] Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("messageId").GetString()!).ToArray();
}
