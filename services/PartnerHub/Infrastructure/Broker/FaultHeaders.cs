using System.Collections;
using System.Globalization;
using System.Text;

namespace PiedmontSystem.PartnerHub.Infrastructure.Broker;

/// <summary>
/// The headers MassTransit 8 writes on a message it moves to <c>&lt;queue&gt;_error</c> (its
/// <c>MessageHeaders</c> constants, set by <c>SendContextExtensions.SetExceptionHeaders</c> and
/// <c>SetHostHeaders</c> through <c>RabbitMqErrorTransport</c>): the reason, the exception and
/// where it happened. A replayed message goes back without them, as it was first sent.
/// </summary>
public static class FaultHeaders
{
    /// <summary><c>fault</c> for a consumer that threw.</summary>
    public const string Reason = "MT-Reason";

    /// <summary>The exception's short type name, e.g. <c>System.InvalidOperationException</c>.</summary>
    public const string ExceptionType = "MT-Fault-ExceptionType";

    public const string Message = "MT-Fault-Message";

    public const string StackTrace = "MT-Fault-StackTrace";

    /// <summary>When the consumer threw, round-trip ("O") format.</summary>
    public const string Timestamp = "MT-Fault-Timestamp";

    /// <summary>The consumer's type (only when a consumer, not the pipeline, failed).</summary>
    public const string ConsumerType = "MT-Fault-ConsumerType";

    /// <summary>The message's CLR type as the consumer saw it.</summary>
    public const string MessageType = "MT-Fault-MessageType";

    /// <summary>The receive endpoint's address.</summary>
    public const string InputAddress = "MT-Fault-InputAddress";

    /// <summary>How many retries ran before the message was moved (absent when none).</summary>
    public const string RetryCount = "MT-Fault-RetryCount";

    /// <summary><c>MT-Host-MachineName</c>, <c>MT-Host-ProcessName</c>, …: the process that moved it.</summary>
    public const string HostPrefix = "MT-Host-";

    public const string FaultPrefix = "MT-Fault-";

    /// <summary>Whether a header was written by the move to the error queue, and so is left out of a replay.</summary>
    public static bool IsFaultHeader(string name) =>
        name.StartsWith(FaultPrefix, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(HostPrefix, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, Reason, StringComparison.OrdinalIgnoreCase);

    /// <summary>A header's value as text: AMQP strings arrive as bytes (UTF-8), numbers and lists as themselves.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        RabbitMQ.Client.AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        _ => value.ToString(),
    };

    /// <summary>A fault timestamp, to the microsecond as PostgreSQL keeps it, so the one read and the one stored compare equal.</summary>
    public static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerMicrosecond))
            : null;
}
