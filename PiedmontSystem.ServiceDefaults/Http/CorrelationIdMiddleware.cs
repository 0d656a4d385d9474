using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// Reads <c>X-Correlation-Id</c> (the gateway sets it for every request), or starts one, puts it
/// in the log scope, on the current activity and on the response, so that one user action can
/// be followed across the gateway, the services and their messages.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string ItemKey = "piedmont.correlation_id";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Read(context.Request.Headers[HeaderName]) ?? Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        context.Items[ItemKey] = correlationId;
        context.Request.Headers[HeaderName] = correlationId;
        context.Response.OnStarting(() =>
        {
            // A proxied response may carry it already (the gateway forwards the service's answer).
            context.Response.Headers.TryAdd(HeaderName, correlationId);
            return Task.CompletedTask;
        });

        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    /// <summary>Accepts a client-supplied id only if it is short and plain, so it is safe to log and echo.</summary>
    private static string? Read(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? value
            : null;
}

public static class CorrelationIdExtensions
{
    public static string? GetCorrelationId(this HttpContext context) => context.Items[CorrelationIdMiddleware.ItemKey] as string;
}
