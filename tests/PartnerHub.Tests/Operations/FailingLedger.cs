using System.Collections.Concurrent;
using MassTransit;

namespace PiedmontSystem.PartnerHub.Tests.Operations;

/// <summary>The message a test's own consumer fails on.</summary>
public sealed record LedgerEntryPosted(Guid EntryId, string Account);

/// <summary>
/// A tiny MassTransit bus of a test, on the hub's virtual host: one receive endpoint whose
/// consumer throws while <see cref="Closed"/>, with one immediate retry, so a message lands in
/// <c>&lt;queue&gt;_error</c> exactly as MassTransit puts it there in the platform's services.
/// </summary>
public sealed class FailingLedger : IAsyncDisposable
{
    public const string Failure = "The ledger is closed for the year-end audit";

    private readonly IBusControl _bus;
    private bool _stopped;

    private FailingLedger(string queue, IBusControl bus)
    {
        Queue = queue;
        _bus = bus;
    }

    public string Queue { get; }

    public string ErrorQueue => Queue + "_error";

    /// <summary>While true the consumer throws; set it false and replayed messages are posted.</summary>
    public bool Closed { get; set; } = true;

    public ConcurrentQueue<Guid> Posted { get; } = new();

    public static async Task<FailingLedger> StartAsync(string amqpUri)
    {
        var queue = "ledger-" + Guid.NewGuid().ToString("N")[..8];
        FailingLedger? ledger = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(amqpUri));
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.UseMessageRetry(retry => retry.Immediate(1));
                endpoint.Consumer(() => new LedgerEntryPostedConsumer(ledger!));
            });
        });
        ledger = new FailingLedger(queue, bus);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return ledger;
    }

    /// <summary>Sends an entry to the ledger's queue; its message id is the entry's id.</summary>
    public async Task<Guid> PostAsync(string account)
    {
        var id = NewId.NextGuid();
        var endpoint = await _bus.GetSendEndpoint(new Uri($"queue:{Queue}"));
        await endpoint.Send(new LedgerEntryPosted(id, account), context => context.MessageId = id);
        return id;
    }

    /// <summary>Stops the consumer (its queue stays).</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _bus.StopAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class LedgerEntryPostedConsumer(FailingLedger ledger) : IConsumer<LedgerEntryPosted>
    {
        public Task Consume(ConsumeContext<LedgerEntryPosted> context)
        {
            if (ledger.Closed)
            {
                throw new InvalidOperationException(Failure);
            }
            ledger.Posted.Enqueue(context.Message.EntryId);
            return Task.CompletedTask;
        }
    }
}
