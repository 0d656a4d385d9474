using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PiedmontSystem.ServiceDefaults.Http;

/// <summary>
/// The headers a public API and portal send on every answer, errors included: no MIME sniffing, no
/// framing, no referrer, and a content security policy that lets a JSON answer load nothing. A page
/// (the gateway's API reference) declares its own policy with
/// <see cref="SecurityHeadersExtensions.WithContentSecurityPolicy{TBuilder}"/>. HSTS is added
/// outside Development by <c>UseHsts</c> (see <see cref="Extensions.UseServiceDefaults"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>For answers that are data, not documents: nothing may be loaded, nothing may frame them.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // At start rather than now: the exception handler clears the headers of a failed answer.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // TryAdd: an answer that says otherwise keeps its own (a page's policy, a proxied service's headers).
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd(HeaderNames.ContentSecurityPolicy,
                context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>()?.Policy(context) ?? ApiContentSecurityPolicy);
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>
/// An endpoint's own content security policy, for endpoints that serve a page; computed when the
/// answer starts, so that it can name the nonce the page's scripts were given.
/// </summary>
public sealed record ContentSecurityPolicyMetadata(Func<HttpContext, string> Policy);

public static class SecurityHeadersExtensions
{
    /// <summary>Answers of these endpoints carry <paramref name="policy"/> instead of the API's policy.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder builder, Func<HttpContext, string> policy) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint => endpoint.Metadata.Add(new ContentSecurityPolicyMetadata(policy)));
        return builder;
    }
}
