using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.RequestHandling.Auditing;

/// <summary><c>GET {prefix}/audit</c>: a service's audit trail, newest first, for regional officers.</summary>
public static class AuditApi
{
    public static RouteHandlerBuilder MapAuditApi<TContext>(this IEndpointRouteBuilder app, string prefix) where TContext : DbContext =>
        app.MapGet(prefix + "/audit", GetAuditTrail<TContext>)
            .WithName("GetAuditTrail")
            .WithSummary("The audit trail of every state change, newest first; filter by entity")
            .WithTags("Audit")
            .RequireAuthorization(Policies.RegionalOfficer);

    public static async Task<Ok<Page<AuditEntryResponse>>> GetAuditTrail<TContext>(
        TContext db, string? entityType, string? entityId, string? cursor, int? limit, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var after = Paging.DecodeCursor<AuditCursor>(cursor);
        var take = Paging.Limit(limit);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }
        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }
        if (after is not null)
        {
            query = query.Where(a => a.OccurredAt <= after.OccurredAt && (a.OccurredAt < after.OccurredAt || a.Id.CompareTo(after.Id) < 0));
        }
        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(take + 1).ToListAsync(cancellationToken);
        var items = rows.Take(take)
            .Select(a => new AuditEntryResponse(a.Id, a.OccurredAt, a.Actor, a.Action, a.EntityType, a.EntityId, JsonDocument.Parse(a.Details).RootElement))
            .ToList();
        var next = rows.Count > take ? Paging.EncodeCursor(new AuditCursor(items[^1].OccurredAt, items[^1].Id)) : null;
        return TypedResults.Ok(new Page<AuditEntryResponse>(items, next));
    }

    private sealed record AuditCursor(DateTimeOffset OccurredAt, Guid Id);
}

public sealed record AuditEntryResponse(Guid Id, DateTimeOffset OccurredAt, string Actor, string Action, string EntityType, string EntityId, JsonElement Details);
