using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.Messaging.Inbox;

/// <summary>
/// Base of every consumer: records the message id in the inbox and applies the effect in one
/// transaction, so a redelivered message has no second effect. Events the handler stages with
/// <c>AddIntegrationEvent</c> commit in the same transaction too.
/// </summary>
/// <remarks>
/// Two deliveries of one message racing each other are serialised by the inbox's primary key:
/// the second insert waits for the first transaction and then finds the row.
/// </remarks>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider clock, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id; it cannot be deduplicated.");
        var consumer = InboxName;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var firstTime = await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages (message_id, consumer, message_type, processed_at)
            VALUES ({messageId}, {consumer}, {typeof(TMessage).Name}, {Clock.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;
        if (!firstTime)
        {
            MessagingTelemetry.DuplicatesIgnored.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
            logger.LogInformation("{Consumer} already processed message {MessageId}; ignored", consumer, messageId);
            return;
        }

        await HandleAsync(context.Message, context, cancellationToken);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The consumer's name in the inbox: its type name, without generic arity.</summary>
    protected virtual string InboxName => GetType().Name.Split('`')[0];

    /// <summary>Applies the message's effect to <see cref="Db"/>; the base saves and commits.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
