using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// The platform's limit on a request's URL (path and query as sent), answered with a 414 problem.
/// Kestrel refuses an over-long request line before any middleware runs, with a bare 414; its
/// limit is therefore raised to <see cref="KestrelRequestLineBytes"/> so that this middleware sees,
/// and answers, every URL up to that size. Only a request line beyond it still gets Kestrel's bare 414.
/// </summary>
public sealed class RequestTargetLimitMiddleware(RequestDelegate next)
{
    /// <summary>Longest URL accepted, in characters: Kestrel's own default request-line size.</summary>
    public const int MaxLength = 8 * 1024;

    /// <summary>Kestrel's request-line limit: above it, Kestrel answers 414 itself, without a body.</summary>
    public const int KestrelRequestLineBytes = 64 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(target) ? context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length : target.Length;
        return length > MaxLength
            ? ProblemResponses.WriteAsync(context, StatusCodes.Status414UriTooLong, "uri-too-long", "URL too long",
                $"The URL is {length} characters long; the limit is {MaxLength}.",
                // Not the whole URL back: the first characters say which one it was.
                instance: $"{context.Request.Method} {context.Request.Path.Value?[..Math.Min(100, context.Request.Path.Value.Length)]}…")
            : next(context);
    }

    /// <summary>Lets Kestrel pass long request lines to <see cref="RequestTargetLimitMiddleware"/>.</summary>
    public static void Configure(KestrelServerOptions kestrel)
    {
        kestrel.Limits.MaxRequestLineSize = KestrelRequestLineBytes;
    }
}
