using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// Refuses U+0000 in any query value, header or JSON body string before an endpoint runs, with a
/// validation problem naming the field. PostgreSQL cannot store or compare NUL in text, so such a
/// value would otherwise fail at the database with a 500. Route values need no check: Kestrel
/// refuses a path holding <c>%00</c> before any middleware. Bodies are checked here, not by a JSON
/// converter, because a converter for <c>string</c> would erase every string's schema from the
/// OpenAPI documents.
/// </summary>
public sealed class NulCharacterGuardMiddleware(RequestDelegate next)
{
    public const string Message = "The value contains a NUL character (U+0000), which is not allowed.";

    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
        {
            Check(errors, name, values);
        }
        foreach (var (name, values) in context.Request.Headers)
        {
            Check(errors, name, values);
        }
        if (errors.Count == 0 && AcceptsJsonBody(context) && await FindInBodyAsync(context.Request) is { } field)
        {
            errors[field] = [Message];
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
        await next(context);
    }

    private static void Check(Dictionary<string, string[]> errors, string name, IEnumerable<string?> values)
    {
        if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
        {
            errors[name.Replace("\0", "\\u0000", StringComparison.Ordinal)] = [Message];
        }
    }

    /// <summary>Endpoints that bind a JSON body declare it; the gateway's proxy routes do not, so it streams bodies untouched.</summary>
    private static bool AcceptsJsonBody(HttpContext context) =>
        context.Request.HasJsonContentType()
        && context.Request.ContentLength != 0
        && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null;

    /// <summary>
    /// Scans the body for the escape <c>\u0000</c> in chunks (almost every body has none and is not
    /// parsed twice); only a body that has one is read whole to name the field. The body is
    /// buffered and rewound for binding.
    /// </summary>
    private static async Task<string?> FindInBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var escape = JsonNulLocator.Escape.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            var found = false;
            var carried = 0;
            int read;
            while (!found && (read = await request.Body.ReadAsync(buffer.AsMemory(carried), request.HttpContext.RequestAborted)) > 0)
            {
                var length = carried + read;
                found = buffer.AsSpan(0, length).IndexOf(JsonNulLocator.Escape) >= 0;
                // Keep the tail, in case the escape straddles two chunks.
                carried = Math.Min(escape - 1, length);
                buffer.AsSpan(length - carried, carried).CopyTo(buffer);
            }
            request.Body.Position = 0;
            if (!found)
            {
                return null;
            }
            using var whole = new MemoryStream();
            await request.Body.CopyToAsync(whole, request.HttpContext.RequestAborted);
            request.Body.Position = 0;
            return JsonNulLocator.Locate(whole.GetBuffer().AsSpan(0, (int)whole.Length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
