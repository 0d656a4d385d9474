using MassTransit;

namespace PiedmontSystem.Web.BrowserTests;

/// <summary>The message <see cref="FailingParcelDesk"/>'s consumer fails on.</summary>
public sealed record StaffTestParcelShipped(Guid ParcelId);

/// <summary>
/// A test's own MassTransit endpoint on the platform's virtual host whose consumer always throws,
/// with one immediate retry: a message sent to it lands in <c>&lt;queue&gt;_error</c> with the fault
/// headers MassTransit writes in the services (as tests/PartnerHub.Tests/Operations/FailingLedger.cs).
/// </summary>
public sealed class FailingParcelDesk : IAsyncDisposable
{
    public const string Failure = "The parcel desk is closed for the audit";

    private readonly IBusControl _bus;

    private FailingParcelDesk(string queue, IBusControl bus)
    {
        Queue = queue;
        _bus = bus;
    }

    public string Queue { get; }

    public string ErrorQueue => Queue + "_error";

    public static async Task<FailingParcelDesk> StartAsync(string amqpUri)
    {
        var queue = "staff-parcels-" + Guid.NewGuid().ToString("N")[..8];
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(amqpUri));
            rabbit.ReceiveEndpoint(queue, endpoint =>
            {
                endpoint.UseMessageRetry(retry => retry.Immediate(1));
                endpoint.Consumer(() => new ParcelConsumer());
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus.StartAsync(timeout.Token);
        return new FailingParcelDesk(queue, bus);
    }

    /// <summary>Sends one message; its message id is returned.</summary>
    public async Task<Guid> SendAsync()
    {
        var id = NewId.NextGuid();
        var endpoint = await _bus.GetSendEndpoint(new Uri($"queue:{Queue}"));
        await endpoint.Send(new StaffTestParcelShipped(id), context => context.MessageId = id);
        return id;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private sealed class ParcelConsumer : IConsumer<StaffTestParcelShipped>
    {
        public Task Consume(ConsumeContext<StaffTestParcelShipped> context) => throw new InvalidOperationException(Failure);
    }
}
