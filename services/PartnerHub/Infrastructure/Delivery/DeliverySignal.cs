using System.Threading.Channels;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>
/// Wakes the lanes of subscriptions that were just given deliveries, after the commit that gave
/// them, so an event reaches partners in milliseconds rather than at the next poll.
/// </summary>
public sealed class DeliverySignal
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Wake(IEnumerable<Guid> subscriptionIds)
    {
        foreach (var id in subscriptionIds)
        {
            _channel.Writer.TryWrite(id);
        }
    }

    public ChannelReader<Guid> Woken => _channel.Reader;
}
