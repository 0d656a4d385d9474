using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>
/// Refuses a declared body above the limit before reading it, with 413 problem details. Chunked
/// bodies without a length are cut by Kestrel's own limit, set to the same value.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<EdgeOptions> options)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Type = ProblemTypes.For("request-body-too-large"),
                    Title = "Request body too large",
                    Detail = $"The request body is {context.Request.ContentLength} bytes; the limit is {limit} bytes.",
                },
            });
            return;
        }
        await next(context);
    }
}
