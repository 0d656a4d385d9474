using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.HttpResults;
using PiedmontSystem.PartnerHub.Infrastructure.Operations;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.PartnerHub.Apis.Operations;

/// <summary>
/// Every service's outbox backlog on one page: the hub asks each service's own
/// <c>GET {prefix}/operations/outbox</c> with the operator's token. The hub's own backlog is at
/// <c>/api/partners/operations/outbox</c> like any service's, hence the plural here.
/// </summary>
public static class OutboxBacklogApi
{
    public sealed record OutboxesResponse(DateTimeOffset CheckedAt, IReadOnlyList<ServiceOutbox> Services);

    public static IEndpointRouteBuilder MapOutboxBacklogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/operations/outboxes", ListOutboxBacklogs).WithName(nameof(ListOutboxBacklogs)).WithTags("Operations")
            .WithSummary("Each service's unsent outbox rows and the age of the oldest, asked of every service at once; one that does not answer within 2 s is reported unreachable")
            .RequireAuthorization(Policies.Operator);
        return app;
    }

    public static async Task<Ok<OutboxesResponse>> ListOutboxBacklogs([AsParameters] PartnerHubServices services, ServiceOutboxes outboxes)
    {
        // The operator's own token: each service decides for itself that the caller is an operator.
        var authorization = AuthenticationHeaderValue.TryParse(services.HttpContext.Request.Headers.Authorization.ToString(), out var header) ? header : null;
        var backlogs = await outboxes.ReadAllAsync(authorization, services.Cancellation);
        return TypedResults.Ok(new OutboxesResponse(services.Now, backlogs));
    }
}
