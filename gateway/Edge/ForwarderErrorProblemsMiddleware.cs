using Microsoft.Extensions.Options;
using PiedmontSystem.ServiceDefaults.Errors;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>
/// When the proxy could not complete a request (YARP's <see cref="IForwarderErrorFeature"/>), says
/// so as a problem naming the service: 502 when it cannot be reached, 503 when no instance is
/// available, 504 when it did not answer in time; and 413 when a body without a declared length
/// grew past the limit while it was being forwarded.
/// </summary>
internal sealed class ForwarderErrorProblemsMiddleware(RequestDelegate next, IOptions<EdgeOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        if (context.Response.HasStarted || context.GetForwarderErrorFeature() is not { } failure)
        {
            return;
        }
        if (IsBodyTooLarge(failure.Exception))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request-body-too-large", "Request body too large",
                $"The request body is longer than the limit of {options.Value.MaxRequestBodyBytes} bytes.");
            return;
        }

        // The route's cluster is named for the service (see ServiceRoutes).
        var service = context.Features.Get<IReverseProxyFeature>()?.Route.Config.ClusterId ?? "unknown";
        var extensions = new Dictionary<string, object?> { ["service"] = service };
        switch (context.Response.StatusCode)
        {
            case StatusCodes.Status504GatewayTimeout:
                await ProblemResponses.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "service-timeout", "Service did not answer in time",
                    $"The {service} service did not answer in time; the request may or may not have been applied.", extensions);
                break;
            case StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable:
                // Usually a restart: Retry-After lets clients back off without guessing.
                context.Response.Headers.RetryAfter = "5";
                await ProblemResponses.WriteAsync(context, context.Response.StatusCode, "service-unreachable", "Service unreachable",
                    $"The {service} service could not be reached or broke off its answer; retry later.", extensions);
                break;
        }
    }

    private static bool IsBodyTooLarge(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }
        return false;
    }
}
