using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Messaging.Outbox;

/// <summary>
/// <c>GET {prefix}/operations/outbox</c>: what this service's outbox holds unsent, read from the
/// database at the request (the gauges read a sample), for operators.
/// </summary>
public static class OutboxApi
{
    public static RouteHandlerBuilder MapOutboxApi<TContext>(this IEndpointRouteBuilder app, string prefix) where TContext : DbContext =>
        app.MapGet(prefix + "/operations/outbox", GetOutboxBacklog<TContext>)
            .WithName("GetOutboxBacklog")
            .WithSummary("Integration events this service has not published yet: how many, and how long the oldest has waited")
            .WithTags("Operations")
            .RequireAuthorization(Policies.Operator);

    public static async Task<Ok<OutboxBacklogResponse>> GetOutboxBacklog<TContext>(
        TContext db, OutboxBacklogMonitor monitor, TimeProvider clock, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var backlog = await OutboxBacklog.ReadAsync(db, cancellationToken);
        var age = backlog.OldestUnsentAge(clock.GetUtcNow());
        return TypedResults.Ok(new OutboxBacklogResponse(
            monitor.Service, backlog.Unsent, backlog.OldestUnsentAt, age is { } a ? Math.Round(a.TotalSeconds, 1) : null));
    }
}

/// <param name="Service">The service's resource name, e.g. <c>funding-calls</c>.</param>
/// <param name="Unsent">Outbox rows not yet published.</param>
/// <param name="OldestUnsentAt">When the oldest of them was written; null when none waits.</param>
/// <param name="OldestUnsentAgeSeconds">How long it has waited, in seconds; null when none waits.</param>
public sealed record OutboxBacklogResponse(string Service, int Unsent, DateTimeOffset? OldestUnsentAt, double? OldestUnsentAgeSeconds);
