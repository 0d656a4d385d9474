using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PiedmontSystem.ServiceDefaults;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Health;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>What the gateway does before any request reaches a service.</summary>
internal static class EdgeExtensions
{
    public static IHostApplicationBuilder AddEdgePolicies(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EdgeOptions.Section).Get<EdgeOptions>() ?? new EdgeOptions();
        builder.Services.AddOptions<EdgeOptions>().BindConfiguration(EdgeOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(options.AllowedOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Correlation-Id", "ETag", "Location", "Retry-After")));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsProbe(context)
                    ? RateLimitPartition.GetNoLimiter("probes")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RateLimit.BurstLimit,
                        TokensPerPeriod = options.RateLimit.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.OnRejected = WriteTooManyRequestsAsync;
        });
        return builder;
    }

    public static WebApplication UseEdgePolicies(this WebApplication app)
    {
        // First of all, so neither the rate limiter nor a busy service can move the instant.
        app.UseMiddleware<ReceiptStampMiddleware>();
        app.UseServiceDefaults(edge: edge =>
        {
            edge.UseCors();
            edge.UseMiddleware<RequestBodyLimitMiddleware>();
        });
        app.UseMiddleware<RejectInvalidTokenMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<ForwarderErrorProblemsMiddleware>();
        return app;
    }

    /// <summary>Authenticated callers are limited per user, anonymous ones per address.</summary>
    private static string ClientKey(HttpContext context) =>
        context.User.FindFirst(PlatformClaims.Subject)?.Value is { } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;

    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HealthEndpoints.ReadinessPath) || context.Request.Path.StartsWithSegments(HealthEndpoints.LivenessPath);

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
            $"Request rate limit reached; retry after {seconds} s.");
    }
}
