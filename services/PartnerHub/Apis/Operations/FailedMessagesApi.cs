using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;
using PiedmontSystem.PartnerHub.Infrastructure.Broker;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.Operations;

/// <summary>
/// The operators' console of failed messages: every error queue of the platform's virtual host
/// (MassTransit's <c>&lt;queue&gt;_error</c>, where a message goes after its consumer's retries),
/// each message with its consumer, exception and failure times, and replay to the source queue
/// or discard with a reason. Reads leave the messages in place (see <see cref="ErrorQueueClient"/>).
/// </summary>
public static class FailedMessagesApi
{
    public static IEndpointRouteBuilder MapFailedMessagesApi(this IEndpointRouteBuilder app)
    {
        var failed = app.MapGroup("/api/partners/operations/failed-messages").WithTags("Operations").RequireAuthorization(Policies.Operator);
        failed.MapGet("/queues", ListErrorQueues).WithName(nameof(ListErrorQueues))
            .WithSummary("Every error queue (<queue>_error) with the messages waiting in it and the queue they failed in");
        failed.MapGet("/queues/{queue}/messages", ListFailedMessages).WithName(nameof(ListFailedMessages))
            .WithSummary("The first messages of an error queue (limit, 50 unless given, at most 200), left in place: consumer, exception, first and last failure, body excerpt");
        failed.MapPost("/queues/{queue}/messages/{messageId}/replay", ReplayFailedMessage).WithName(nameof(ReplayFailedMessage))
            .WithSummary("Move one message back to its source queue, as first sent (without the fault headers), with publisher confirms");
        failed.MapPost("/queues/{queue}/replay", ReplayErrorQueue).WithName(nameof(ReplayErrorQueue))
            .WithSummary("Move every message of the error queue back to its source queue; those that fail again meanwhile wait for the next replay");
        failed.MapPost("/queues/{queue}/messages/{messageId}/discard", DiscardFailedMessage).WithName(nameof(DiscardFailedMessage))
            .WithSummary("Remove one message for good, with a reason; the hub keeps its copy (body, properties, headers) and audits it")
            .ValidateRequest<DiscardRequest>();
        failed.MapGet("/discarded", ListDiscardedMessages).WithName(nameof(ListDiscardedMessages))
            .WithSummary("Discarded messages with their reasons and copies, newest first");
        return app;
    }

    public static async Task<Ok<Page<ErrorQueueResponse>>> ListErrorQueues([AsParameters] PartnerHubServices services,
        RabbitMqManagementApi management, ErrorQueueClient queues)
    {
        var errorQueues = (await management.ListQueuesAsync(services.Cancellation)).Where(q => ErrorQueueClient.IsErrorQueue(q.Name)).ToList();
        var counts = await queues.CountAsync(errorQueues.Select(q => q.Name), services.Cancellation);
        var items = errorQueues
            .Where(q => counts.ContainsKey(q.Name))
            .OrderBy(q => q.Name, StringComparer.Ordinal)
            .Select(q => new ErrorQueueResponse(q.Name, ErrorQueueClient.SourceOf(q.Name), counts[q.Name], q.Consumers ?? 0))
            .ToList();
        return TypedResults.Ok(Paging.Whole(items));
    }

    public static async Task<Results<Ok<ErrorQueueMessagesResponse>, ProblemHttpResult>> ListFailedMessages(string queue, int? limit,
        [AsParameters] PartnerHubServices services, ErrorQueueClient queues)
    {
        if (!ErrorQueueClient.IsErrorQueue(queue))
        {
            return NotAnErrorQueue(queue);
        }
        if (await queues.PeekAsync(queue, Paging.Limit(limit), services.Cancellation) is not { } peek)
        {
            return NoSuchQueue(queue);
        }
        var records = await FailedMessageRecords.SaveSeenAsync(services.Db, queue, peek.Copies, services.Now, services.Cancellation);
        return TypedResults.Ok(new ErrorQueueMessagesResponse(queue, ErrorQueueClient.SourceOf(queue), peek.Waiting,
            peek.Copies.Select(c => FailedMessageResponse.Of(c, records[c.MessageId])).ToList()));
    }

    public static async Task<Results<Ok<ReplayResponse>, ProblemHttpResult>> ReplayFailedMessage(string queue, string messageId,
        [AsParameters] PartnerHubServices services, ErrorQueueClient queues)
    {
        if (!ErrorQueueClient.IsErrorQueue(queue))
        {
            return NotAnErrorQueue(queue);
        }
        var replayed = new List<FailedCopy>();
        var found = await queues.TakeAsync(queue, messageId, async (channel, copy) =>
        {
            await ErrorQueueClient.PublishToSourceAsync(channel, queue, copy, services.Cancellation);
            replayed.Add(copy);
        }, services.Cancellation);
        await RecordReplaysAsync(services, queue, replayed);
        return found switch
        {
            null => NoSuchQueue(queue),
            false => NoSuchMessage(queue, messageId),
            true => TypedResults.Ok(new ReplayResponse(queue, ErrorQueueClient.SourceOf(queue), 1, [messageId])),
        };
    }

    public static async Task<Results<Ok<ReplayResponse>, ProblemHttpResult>> ReplayErrorQueue(string queue,
        [AsParameters] PartnerHubServices services, ErrorQueueClient queues)
    {
        if (!ErrorQueueClient.IsErrorQueue(queue))
        {
            return NotAnErrorQueue(queue);
        }
        var replayed = new List<FailedCopy>();
        IReadOnlyList<FailedCopy>? taken;
        try
        {
            taken = await queues.TakeAllAsync(queue, async (channel, copy) =>
            {
                await ErrorQueueClient.PublishToSourceAsync(channel, queue, copy, services.Cancellation);
                replayed.Add(copy);
            }, services.Cancellation);
        }
        finally
        {
            // What was moved before a failure is recorded all the same.
            await RecordReplaysAsync(services, queue, replayed);
        }
        return taken is null
            ? NoSuchQueue(queue)
            : TypedResults.Ok(new ReplayResponse(queue, ErrorQueueClient.SourceOf(queue), taken.Count, taken.Select(c => c.MessageId).ToList()));
    }

    public static async Task<Results<Ok<DiscardedMessageResponse>, ProblemHttpResult>> DiscardFailedMessage(string queue, string messageId, DiscardRequest request,
        [AsParameters] PartnerHubServices services, ErrorQueueClient queues)
    {
        if (!ErrorQueueClient.IsErrorQueue(queue))
        {
            return NotAnErrorQueue(queue);
        }
        FailedMessage? discarded = null;
        // The copy and the reason are committed before the message is acknowledged: a failure in
        // between leaves the message in the queue, never gone without its copy.
        var found = await queues.TakeAsync(queue, messageId, async (_, copy) =>
        {
            var record = (await FailedMessageRecords.NoteAsync(services.Db, queue, [copy], services.Now, services.Cancellation))[copy.MessageId];
            var reason = request.Reason!.Trim();
            record.Discard(reason, copy.Body, copy.PropertiesJson(), services.User.AuditName, services.Now);
            services.Audit("failed-message.discarded", "failed-message", record.Id,
                new { queue, messageId, reason, record.MessageType, consumer = record.ConsumerType, record.ExceptionType });
            await services.Db.SaveChangesAsync(services.Cancellation);
            discarded = record;
        }, services.Cancellation);
        return found switch
        {
            null => NoSuchQueue(queue),
            false => NoSuchMessage(queue, messageId),
            true => TypedResults.Ok(DiscardedMessageResponse.Of(discarded!)),
        };
    }

    public static async Task<Ok<Page<DiscardedMessageResponse>>> ListDiscardedMessages([AsParameters] PartnerHubServices services,
        string? queue, string? cursor, int? limit)
    {
        var query = services.Db.FailedMessages.AsNoTracking().Where(m => m.DiscardedAt != null);
        if (!string.IsNullOrWhiteSpace(queue))
        {
            query = query.Where(m => m.ErrorQueue == queue);
        }
        var page = await NewestDiscardedFirst.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(DiscardedMessageResponse.Of));
    }

    /// <summary>Each replayed message's record counts the replay; one audit entry for the request.</summary>
    private static async Task RecordReplaysAsync(PartnerHubServices services, string queue, List<FailedCopy> replayed)
    {
        if (replayed.Count == 0)
        {
            return;
        }
        var records = await FailedMessageRecords.NoteAsync(services.Db, queue, replayed, services.Now, services.Cancellation);
        foreach (var copy in replayed)
        {
            records[copy.MessageId].Replayed(services.User.AuditName, services.Now);
        }
        // The audit trail's entity ids hold 100 characters; the details keep the whole name.
        services.Audit("failed-messages.replayed", "error-queue", queue.Length <= 100 ? queue : queue[..100],
            new { queue, sourceQueue = ErrorQueueClient.SourceOf(queue), count = replayed.Count, messageIds = replayed.Select(c => c.MessageId).Take(100) });
        await services.Db.SaveChangesAsync(CancellationToken.None);
    }

    private static ProblemHttpResult NotAnErrorQueue(string queue) =>
        TypedResults.Problem($"{queue} is not an error queue: their names end in {ErrorQueueClient.ErrorSuffix}.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoSuchQueue(string queue) =>
        TypedResults.Problem($"There is no queue {queue} on the platform's virtual host.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoSuchMessage(string queue, string messageId) =>
        TypedResults.Problem($"Message {messageId} is not in {queue} (replayed or discarded already?).", statusCode: StatusCodes.Status404NotFound);

    private static readonly Keyset<FailedMessage, DateTimeOffset?> NewestDiscardedFirst =
        Keyset.By<FailedMessage, DateTimeOffset?>(m => m.DiscardedAt, m => m.Id, descending: true);
}
