using Microsoft.AspNetCore.Authentication;

namespace PiedmontSystem.Gateway.Edge;

/// <summary>
/// Public reads pass the gateway without a token, but a request that presents one must present a
/// valid one: an expired, forged or foreign token is answered here with 401 (its problem body is
/// added by the status-code-pages middleware) and never reaches a service.
/// </summary>
internal sealed class RejectInvalidTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }
        await next(context);
    }
}
