using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Persistence;

/// <summary>
/// Runs each request's endpoint as one unit of work of the database's execution strategy, so a
/// transient failure (the server restarting, connections cut) re-runs the endpoint from the start
/// rather than answering 500, transactions and all: a retry begins with the body re-read, an empty
/// change tracker and the response as it was before the endpoint ran. What happened before the
/// failure was rolled back with its transaction. Should the outcome of a commit be unknown (the
/// connection lost while committing), a retried POST with an <c>Idempotency-Key</c> replays the
/// stored answer; without one it may be applied again.
/// </summary>
internal sealed class RequestUnitOfWork<TContext>(TContext db) : IRequestUnitOfWork where TContext : DbContext
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint() is null)
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var headersBefore = context.Response.Headers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var attempt = 0;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async _ =>
        {
            if (attempt++ > 0)
            {
                StartAgain(context, headersBefore);
            }
            await next(context);
        }, context.RequestAborted);
    }

    private void StartAgain(HttpContext context, HashSet<string> headersBefore)
    {
        if (context.Response.HasStarted)
        {
            throw new InvalidOperationException("A transient database failure after the response had started: the request cannot be run again.");
        }
        context.Request.Body.Position = 0;
        context.Response.StatusCode = StatusCodes.Status200OK;
        foreach (var header in context.Response.Headers.Keys.Where(h => !headersBefore.Contains(h)).ToList())
        {
            context.Response.Headers.Remove(header);
        }
        db.ChangeTracker.Clear();
    }
}
