using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Persistence;
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
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (entityType is not null)
        {
            query = query.Where(a => a.EntityType == entityType);
        }
        if (entityId is not null)
        {
            query = query.Where(a => a.EntityId == entityId);
        }
        var page = await NewestFirst.ReadAsync(query, cursor, limit, cancellationToken);
        return TypedResults.Ok(page.Map(a => new AuditEntryResponse(a.Id, a.OccurredAt, a.Actor, a.Action, a.EntityType, a.EntityId, JsonDocument.Parse(a.Details).RootElement)));
    }

    private static readonly Keyset<AuditEntry, DateTimeOffset> NewestFirst = Keyset.By<AuditEntry, DateTimeOffset>(a => a.OccurredAt, a => a.Id, descending: true);
}

public sealed record AuditEntryResponse(Guid Id, DateTimeOffset OccurredAt, string Actor, string Action, string EntityType, string EntityId, JsonElement Details);
