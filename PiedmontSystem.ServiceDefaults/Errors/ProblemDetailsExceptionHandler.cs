using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>
/// The one place where an exception becomes an HTTP answer: every failure is RFC 9457 problem
/// details, validation failures name the field, and an unexpected error reveals nothing inside.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException validation => ValidationProblem(validation.Errors),
            BadHttpRequestException { InnerException: JsonException json } => ValidationProblem(
                new Dictionary<string, string[]> { [FieldFrom(json.Path)] = ["The value is not valid JSON of the expected type."] }),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                // A body cut by the server's limit while read (a chunked body has no length to refuse up front).
                Type = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTypes.RequestBodyTooLarge : null,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Bad request",
                Detail = bad.Message,
            },
            DomainRuleException rule => DomainProblem(rule),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.Unexpected,
                Title = "An unexpected error occurred",
                Detail = "The request could not be completed. Quote the trace id when reporting it.",
            };
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static HttpValidationProblemDetails ValidationProblem(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Type = ProblemTypes.Validation,
        Title = "One or more validation errors occurred.",
    };

    private static ProblemDetails DomainProblem(DomainRuleException rule)
    {
        var problem = new ProblemDetails
        {
            Status = rule.Status,
            Type = ProblemTypes.For(rule.Code),
            Title = rule.Title,
            Detail = rule.Message,
        };
        foreach (var (key, value) in rule.Extensions)
        {
            problem.Extensions[key] = value;
        }
        return problem;
    }

    /// <summary>Turns a JSON path such as <c>$.partners[0].share</c> into <c>partners[0].share</c>.</summary>
    private static string FieldFrom(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
