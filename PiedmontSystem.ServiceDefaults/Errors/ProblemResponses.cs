using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace PiedmontSystem.ServiceDefaults.Errors;

/// <summary>A middleware's own refusal, written as problem details through the shared problem-details service.</summary>
public static class ProblemResponses
{
    /// <summary>Writes the problem; <c>instance</c> replaces the default (method and path), e.g. not to echo a huge path.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail,
        IReadOnlyDictionary<string, object?>? extensions = null, string? instance = null)
    {
        var problem = new ProblemDetails { Status = status, Type = ProblemTypes.For(code), Title = title, Detail = detail, Instance = instance };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
