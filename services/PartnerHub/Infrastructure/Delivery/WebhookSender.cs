using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Infrastructure.Delivery;

/// <summary>What one call to an endpoint came to.</summary>
public sealed record AttemptResult(bool Succeeded, int? StatusCode, int LatencyMs, string? ResponseExcerpt, string? Error);

/// <summary>One signed POST to a partner's endpoint, per the Standard Webhooks specification.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    /// <param name="url">The subscription's endpoint.</param>
    /// <param name="webhookId">The event's message id: the same on every attempt, so the partner can deduplicate.</param>
    /// <param name="body">The JSON body: <c>{"type", "timestamp", "data"}</c>.</param>
    /// <param name="secrets">The secrets that sign now (two during a rotation).</param>
    /// <param name="cancellationToken">Stops the call (the host is stopping).</param>
    public async Task<AttemptResult> SendAsync(string url, string webhookId, byte[] body, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("webhook-id", webhookId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Sign(webhookId, timestamp, body, secrets));

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var excerpt = await ExcerptAsync(response, cancellationToken);
            var succeeded = response.IsSuccessStatusCode;
            return Done(succeeded, (int)response.StatusCode, excerpt, succeeded ? null : $"The endpoint answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            return Done(false, null, null, Describe(ex));
        }

        AttemptResult Done(bool succeeded, int? status, string? excerpt, string? error)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            WebhookTelemetry.Attempts.Add(1, new KeyValuePair<string, object?>("outcome", succeeded ? "succeeded" : "failed"));
            WebhookTelemetry.AttemptDuration.Record(elapsed.TotalSeconds);
            return new AttemptResult(succeeded, status, (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds), excerpt, error);
        }
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[DeliveryAttempt.ExcerptLength * 4];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }
        if (read == 0)
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return text.Length <= DeliveryAttempt.ExcerptLength ? text : text[..DeliveryAttempt.ExcerptLength];
    }

    private static string Describe(Exception ex) => ex switch
    {
        Polly.Timeout.TimeoutRejectedException or TaskCanceledException or TimeoutException => "No answer within the timeout.",
        HttpRequestException { InnerException: DestinationRefusedException refused } => refused.Message,
        HttpRequestException http => $"No answer: {http.HttpRequestError} ({http.Message})",
        _ => ex.Message,
    };
}

/// <summary>The connection was not opened: the address is not one webhooks may go to.</summary>
public sealed class DestinationRefusedException(string message) : Exception(message);
