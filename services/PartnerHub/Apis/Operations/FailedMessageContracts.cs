using System.ComponentModel.DataAnnotations;
using System.Text;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;
using PiedmontSystem.PartnerHub.Infrastructure.Broker;

namespace PiedmontSystem.PartnerHub.Apis.Operations;

/// <summary>An error queue of the platform's virtual host: how many messages wait in it, and the queue they failed in.</summary>
public sealed record ErrorQueueResponse(string Queue, string SourceQueue, long Messages, int Consumers);

/// <summary>The first messages of an error queue, in queue order, left in place.</summary>
public sealed record ErrorQueueMessagesResponse(string Queue, string SourceQueue, long Messages, IReadOnlyList<FailedMessageResponse> Items);

/// <summary>
/// A message in an error queue: what it is, which consumer failed on it with which exception and
/// when (this copy's fault, and the first and last the hub has seen), what was done with it so far,
/// and the start of its body.
/// </summary>
public sealed record FailedMessageResponse(
    string MessageId,
    string? MessageType,
    string? Consumer,
    string? ExceptionType,
    string? ExceptionMessage,
    string? StackTrace,
    DateTimeOffset? FailedAt,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    int? RetryCount,
    string? InputAddress,
    string? Host,
    int Replays,
    DateTimeOffset? LastReplayedAt,
    string? LastReplayedBy,
    string? ContentType,
    int BodyBytes,
    string BodyExcerpt)
{
    public const int ExcerptCharacters = 1000;
    public const int StackTraceCharacters = 4000;

    public static FailedMessageResponse Of(FailedCopy copy, FailedMessage record) => new(
        copy.MessageId,
        copy.Fault.MessageType,
        copy.Fault.ConsumerType,
        copy.Fault.ExceptionType,
        copy.Fault.ExceptionMessage,
        Cut(copy.Header(FaultHeaders.StackTrace), StackTraceCharacters),
        copy.Fault.FailedAt,
        record.FirstFailedAt,
        record.LastFailedAt,
        int.TryParse(copy.Header(FaultHeaders.RetryCount), out var retries) ? retries : null,
        copy.Header(FaultHeaders.InputAddress),
        string.Join('/', new[] { copy.Header(FaultHeaders.HostPrefix + "MachineName"), copy.Header(FaultHeaders.HostPrefix + "ProcessName") }.OfType<string>()) is { Length: > 0 } host ? host : null,
        record.Replays,
        record.LastReplayedAt,
        record.LastReplayedBy,
        copy.Properties.ContentType,
        copy.Body.Length,
        Cut(Encoding.UTF8.GetString(copy.Body), ExcerptCharacters)!);

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length] + "…";
}

/// <summary>What a replay moved back to the source queue.</summary>
public sealed record ReplayResponse(string Queue, string SourceQueue, int Replayed, IReadOnlyList<string> MessageIds);

/// <summary>Why a message is discarded: kept with its copy and in the audit trail.</summary>
public sealed record DiscardRequest([property: Required, StringLength(500, MinimumLength = 3)] string? Reason) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Reason is { } reason && reason.Trim().Length < 3)
        {
            yield return new ValidationResult("Say why, in at least 3 characters.", [nameof(Reason)]);
        }
    }
}

/// <summary>A discarded message, as the hub keeps it: the reason, who and when, and its copy (body as text when it is UTF-8, else base64).</summary>
public sealed record DiscardedMessageResponse(
    Guid Id,
    string Queue,
    string MessageId,
    string? MessageType,
    string? Consumer,
    string? ExceptionType,
    string? ExceptionMessage,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    string Reason,
    DateTimeOffset DiscardedAt,
    string DiscardedBy,
    string? Properties,
    string BodyEncoding,
    string Body)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DiscardedMessageResponse Of(FailedMessage m)
    {
        var body = m.DiscardedBody ?? [];
        string encoding, text;
        try
        {
            (encoding, text) = ("utf-8", StrictUtf8.GetString(body));
        }
        catch (DecoderFallbackException)
        {
            (encoding, text) = ("base64", Convert.ToBase64String(body));
        }
        return new(m.Id, m.ErrorQueue, m.MessageId, m.MessageType, m.ConsumerType, m.ExceptionType, m.ExceptionMessage, m.FirstFailedAt, m.LastFailedAt,
            m.DiscardReason!, m.DiscardedAt!.Value, m.DiscardedBy!, m.DiscardedProperties, encoding, text);
    }
}
