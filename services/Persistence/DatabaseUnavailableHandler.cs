using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Persistence;

/// <summary>
/// A database that stayed away through the retries answers 503 <c>service-unavailable</c> with
/// <c>Retry-After</c>, not 500: the request was sound, nothing of it was kept, and the client may
/// send it again. Registered ahead of the generic exception handler, which answers the rest.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problemDetails, ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    public static readonly string ProblemType = ProblemTypes.For("service-unavailable");

    /// <summary>Seconds a client waits before trying again: a restarting server is usually back by then.</summary>
    public const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientDatabaseFailures.Is(exception) || httpContext.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
        logger.LogWarning(exception, "Database unavailable for {Method} {Path}; answered 503", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProblemType,
                Title = "Service temporarily unavailable",
                Detail = $"The service's database could not be reached, so the request was not completed. Try again in {RetryAfterSeconds} seconds.",
            },
        });
    }
}
