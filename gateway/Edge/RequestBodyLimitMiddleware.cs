using Microsoft.Extensions.Options;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>
/// Refuses a declared body above the limit before reading it, with 413 problem details. A chunked
/// body without a length is cut by Kestrel's own limit, set to the same value, while the proxy
/// forwards it; <see cref="ForwarderErrorProblemsMiddleware"/> then answers the same problem.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<EdgeOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "request-body-too-large", "Request body too large",
                $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.");
            return;
        }
        await next(context);
    }
}
