using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// Reads, replays and removes messages of error queues over AMQP (RabbitMQ.Client), on a
/// connection of its own opened per operation.
/// </summary>
/// <remarks>
/// Reading is <c>basic.get</c> without acknowledgement, then one <c>basic.nack</c> with
/// <c>requeue</c> of everything read: RabbitMQ puts requeued messages back at their original
/// positions, so a read loses nothing and keeps the order; should the hub die meanwhile, the
/// channel closes and RabbitMQ requeues them the same way. The management API's "get messages"
/// (<c>ackmode: ack_requeue_true</c>) would read the same way, but it cannot acknowledge one
/// message and requeue the others, which replay and discard need, so all three go over AMQP.
/// While a read holds messages, another read of the same queue sees fewer of them.
/// </remarks>
public sealed class ErrorQueueClient(BrokerSettings settings, ILogger<ErrorQueueClient> logger)
{
    public const string ErrorSuffix = "_error";

    /// <summary>Whether the name is one of an error queue: only those are read through the console.</summary>
    public static bool IsErrorQueue(string queue) => queue.Length > ErrorSuffix.Length && queue.EndsWith(ErrorSuffix, StringComparison.Ordinal);

    /// <summary>The queue a message of <paramref name="errorQueue"/> came from: MassTransit names the error queue after it.</summary>
    public static string SourceOf(string errorQueue) => errorQueue[..^ErrorSuffix.Length];

    /// <summary>Messages waiting in each queue, exactly (the management API's counts lag up to its statistics interval); absent queues are left out.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        return await WithConnectionAsync(async connection =>
        {
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            IChannel? channel = null;
            try
            {
                foreach (var queue in queues)
                {
                    channel ??= await connection.CreateChannelAsync(cancellationToken: cancellationToken);
                    try
                    {
                        counts[queue] = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
                    }
                    catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
                    {
                        // Deleted since it was listed; the channel closed with it.
                        await channel.DisposeAsync();
                        channel = null;
                    }
                }
            }
            finally
            {
                if (channel is not null)
                {
                    await channel.DisposeAsync();
                }
            }
            return counts;
        }, "count the messages of the error queues", cancellationToken);
    }

    /// <summary>How many messages wait in the queue and the first <paramref name="limit"/> of them, left in place; null when the queue does not exist.</summary>
    public Task<ErrorQueuePeek?> PeekAsync(string errorQueue, int limit, CancellationToken cancellationToken) =>
        WithChannelAsync<ErrorQueuePeek?>(errorQueue, async channel =>
        {
            var waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
            var copies = new List<FailedCopy>();
            try
            {
                while (copies.Count < limit && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result)
                {
                    copies.Add(FailedCopy.From(result));
                }
            }
            finally
            {
                await RequeueAsync(channel, copies);
            }
            return new ErrorQueuePeek(waiting, copies);
        }, $"read queue {errorQueue}", cancellationToken);

    /// <summary>
    /// Finds the message with <paramref name="messageId"/> in the queue, runs <paramref name="action"/>
    /// on it (which may publish on the channel, which has publisher confirms) and only then
    /// acknowledges it, which removes it. The messages read on the way are requeued in place.
    /// False when the message is not there; null when the queue is not.
    /// </summary>
    public Task<bool?> TakeAsync(string errorQueue, string messageId, Func<IChannel, FailedCopy, Task> action, CancellationToken cancellationToken) =>
        WithChannelAsync<bool?>(errorQueue, async channel =>
        {
            var held = new List<FailedCopy>();
            try
            {
                while (held.Count < settings.ScanLimit && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result)
                {
                    var copy = FailedCopy.From(result);
                    held.Add(copy);
                    if (copy.MessageId == messageId)
                    {
                        await action(channel, copy);
                        await channel.BasicAckAsync(copy.DeliveryTag, multiple: false, cancellationToken);
                        held.Remove(copy);
                        return true;
                    }
                }
                return false;
            }
            finally
            {
                // Including the message itself when the action failed: it stays where it was.
                await RequeueAsync(channel, held);
            }
        }, $"take message {messageId} from queue {errorQueue}", cancellationToken);

    /// <summary>
    /// Takes every message that was in the queue when it began, one at a time: runs
    /// <paramref name="action"/> on each, then acknowledges it. A message that fails again while
    /// this runs comes back behind them and is left for the next time. Null when the queue does not exist.
    /// </summary>
    public Task<IReadOnlyList<FailedCopy>?> TakeAllAsync(string errorQueue, Func<IChannel, FailedCopy, Task> action, CancellationToken cancellationToken) =>
        WithChannelAsync<IReadOnlyList<FailedCopy>?>(errorQueue, async channel =>
        {
            var waiting = (await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
            var taken = new List<FailedCopy>();
            while (taken.Count < Math.Min(waiting, settings.ScanLimit) && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } result)
            {
                var copy = FailedCopy.From(result);
                await action(channel, copy);
                await channel.BasicAckAsync(copy.DeliveryTag, multiple: false, cancellationToken);
                taken.Add(copy);
            }
            return taken;
        }, $"take the messages of queue {errorQueue}", cancellationToken);

    /// <summary>Publishes the copy to its source queue as it was first sent, and waits for the broker's confirmation.</summary>
    public static async Task PublishToSourceAsync(IChannel channel, string errorQueue, FailedCopy copy, CancellationToken cancellationToken)
    {
        var source = SourceOf(errorQueue);
        try
        {
            // The default exchange routes to the queue of that name; mandatory: a missing queue is an error, not a silent drop.
            await channel.BasicPublishAsync("", source, mandatory: true, copy.ForReplay(), copy.Body, cancellationToken);
        }
        catch (PublishReturnException)
        {
            throw new ServiceDefaults.Errors.DomainRuleException("source-queue-missing", "The message's queue does not exist",
                $"Queue {source} does not exist (any more), so message {copy.MessageId} was left in {errorQueue}.", StatusCodes.Status409Conflict);
        }
        catch (PublishException ex)
        {
            throw new BrokerUnavailableException($"The broker did not confirm the message to {source}, so message {copy.MessageId} was left in {errorQueue}.", ex);
        }
    }

    private static async Task RequeueAsync(IChannel channel, List<FailedCopy> held)
    {
        if (held.Count > 0 && channel.IsOpen)
        {
            // Every message still held, up to the last read, back in place (one already acknowledged is not among them).
            await channel.BasicNackAsync(held.Max(c => c.DeliveryTag), multiple: true, requeue: true, CancellationToken.None);
        }
    }

    private Task<T> WithChannelAsync<T>(string queue, Func<IChannel, Task<T>> work, string what, CancellationToken cancellationToken) =>
        WithConnectionAsync(async connection =>
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            try
            {
                return await work(channel);
            }
            catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
            {
                logger.LogInformation("Queue {Queue} does not exist", queue);
                return default!;
            }
        }, what, cancellationToken);

    private async Task<T> WithConnectionAsync<T>(Func<IConnection, Task<T>> work, string what, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = settings.AmqpUri,
            ClientProvidedName = "partner-hub operations console",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = settings.ManagementTimeout,
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException)
        {
            logger.LogWarning(ex, "RabbitMQ failed when the hub tried to {What}", what);
            throw new BrokerUnavailableException($"The broker failed when the hub tried to {what}; nothing was removed from the queue. Try again.", ex);
        }
    }
}

/// <summary>An error queue's waiting messages, and the first of them as read.</summary>
public sealed record ErrorQueuePeek(long Waiting, IReadOnlyList<FailedCopy> Copies);
