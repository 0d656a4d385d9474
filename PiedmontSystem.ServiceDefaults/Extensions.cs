using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Health;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Management;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;
using PiedmontSystem.ServiceDefaults.Telemetry;

namespace PiedmontSystem.ServiceDefaults;

public static class Extensions
{
    /// <summary>
    /// What every service and the gateway share: telemetry (and Prometheus metrics on the
    /// management port, <c>Management:Port</c>, when one is set), health checks, problem details
    /// for every error, JSON conventions, JWT authentication with the platform's policies, OpenAPI.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformTelemetry();
        builder.AddManagementPort();

        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthEndpoints.LiveTag]);

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= $"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}";
            if (context.HttpContext.GetCorrelationId() is { } correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Long URLs reach the middleware, which answers with a problem (Kestrel's own 414 has no body).
        builder.Services.Configure<KestrelServerOptions>(RequestTargetLimitMiddleware.Configure);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        // Binding failures throw so that the exception handler can name the field, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => PlatformJson.Configure(o.SerializerOptions));

        builder.Services.AddSingleton<ReceiptStamp>();
        builder.AddPlatformAuthentication();
        builder.Services.AddPlatformOpenApi();
        return builder;
    }

    /// <summary>The shared middleware, in the order it must run.</summary>
    /// <param name="app">The service or the gateway.</param>
    /// <param name="edge">
    /// The gateway's own policies (CORS, body limit): inside the security headers, correlation id and
    /// problem details, so that its refusals carry them, and before anything reads the request.
    /// </param>
    public static WebApplication UseServiceDefaults(this WebApplication app, Action<WebApplication>? edge = null)
    {
        // Metrics on the management port answer before anything else (anonymous there, nowhere else).
        app.UseMetricsEndpoint();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            // Sent on HTTPS answers only (TLS ends at or before the gateway); not for localhost.
            app.UseHsts();
        }
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseExceptionHandler();
        // Empty 4xx/5xx answers (401 and 403 from authorization, 404 from routing) get a problem body too.
        app.UseStatusCodePages();
        // The management port serves metrics and nothing else (its other answers: 404 problems).
        app.UseManagementPortForMetricsOnly();
        edge?.Invoke(app);
        app.UseMiddleware<RequestTargetLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: a caller who may not call the endpoint learns that first (401/403).
        app.UseMiddleware<NulCharacterGuardMiddleware>();
        // A service with a database runs each request as one retryable unit of work; it buffers the
        // body, which also lets a POST with an Idempotency-Key be fingerprinted after binding read it.
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(IRequestUnitOfWork)) == true)
        {
            app.UseMiddleware<IRequestUnitOfWork>();
        }
        return app;
    }

    /// <summary>Health probes and the OpenAPI document, all anonymous.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
