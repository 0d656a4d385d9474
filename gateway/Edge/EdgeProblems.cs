using Microsoft.AspNetCore.Mvc;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>The gateway's own refusals, written as problem details through the shared problem-details service.</summary>
internal static class EdgeProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Type = ProblemTypes.For(code), Title = title, Detail = detail },
        });
    }
}
