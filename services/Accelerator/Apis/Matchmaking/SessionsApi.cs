using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Contracts;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Meet the corporates sessions: anyone reads published sessions; accelerator managers draft,
/// publish, amend and close them. Registration closes by the clock at the session's deadline.
/// </summary>
public static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/accelerator/matchmaking/sessions").WithTags("Meet the corporates: sessions");
        sessions.MapGet("/", ListSessions).WithName(nameof(ListSessions))
            .WithSummary("Published sessions by date, filtered by status, year or SPI; managers also see drafts (status=draft)").AllowAnonymous();
        sessions.MapGet("/{id:guid}", GetSession).WithName(nameof(GetSession))
            .WithSummary("A session with its slots, tables, modes and amendments; drafts only for managers").AllowAnonymous();
        sessions.MapPost("/", DraftSession).WithName(nameof(DraftSession))
            .WithSummary("Draft a session; Idempotency-Key supported").ValidateRequest<SessionRequest>()
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPut("/{id:guid}", ReviseSession).WithName(nameof(ReviseSession)).RequiresIfMatch()
            .WithSummary("Rewrite a draft; If-Match required").ValidateRequest<SessionRequest>().RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPost("/{id:guid}/publish", PublishSession).WithName(nameof(PublishSession)).AcceptsIfMatch()
            .WithSummary("Publish a draft that has buyers: registration opens until its deadline; announced").WithIdempotency<AcceleratorDbContext>()
            .RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPost("/{id:guid}/amendments", AmendSession).WithName(nameof(AmendSession)).AcceptsIfMatch()
            .WithSummary("Amend a published session (place, description, tables, date, start, registration deadline) with a reason; recorded")
            .ValidateRequest<SessionAmendmentRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPost("/{id:guid}/close", CloseSession).WithName(nameof(CloseSession)).AcceptsIfMatch()
            .WithSummary("Close a session once held (after its final agenda, from its start)").WithIdempotency<AcceleratorDbContext>()
            .RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Ok<Page<SessionResponse>>> ListSessions(
        [AsParameters] AcceleratorServices services, string? status, int? year, string? prioritySystem, string? sort, string? cursor, int? limit)
    {
        var query = services.Db.MatchmakingSessions.AsNoTracking();
        var wanted = QueryValues.Enum<SessionStatus>(status, nameof(status));
        if (!services.User.Roles.Contains(Roles.AcceleratorManager) || wanted is null)
        {
            query = query.Where(s => s.Status != SessionStatus.Draft);
        }
        if (wanted is { } statusNow)
        {
            query = query.Where(MatchmakingSession.HasStatusAt(statusNow, services.Now));
        }
        if (year is { } y)
        {
            query = query.Where(s => s.Date >= new DateOnly(y, 1, 1) && s.Date <= new DateOnly(y, 12, 31));
        }
        if (!string.IsNullOrWhiteSpace(prioritySystem))
        {
            var spi = ReferenceCodes.PrioritySystems.FirstOrDefault(c => string.Equals(c, prioritySystem, StringComparison.OrdinalIgnoreCase))
                ?? throw new RequestValidationException(nameof(prioritySystem), $"'{prioritySystem}' is not one of: {string.Join(", ", ReferenceCodes.PrioritySystems)}.");
            query = query.Where(s => s.PrioritySystems.Count == 0 || s.PrioritySystems.Contains(spi));
        }
        var order = (sort ?? "date") switch
        {
            "date" => EarliestFirst,
            "-date" => LatestFirst,
            _ => throw new RequestValidationException(nameof(sort), "Sort by one of: date, -date."),
        };
        var page = await order.ReadAsync(query, cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(s => SessionResponse.Of(services, s)));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> GetSession(Guid id, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.VisibleAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    public static async Task<Created<SessionResponse>> DraftSession(SessionRequest request, [AsParameters] AcceleratorServices services)
    {
        var session = MatchmakingSession.Draft(request.ToTerms()!, services.Now);
        services.Db.MatchmakingSessions.Add(session);
        services.Audit("session.drafted", "session", session.Id, new { session.Title.En, session.Date });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/sessions/{session.Id}", SessionResponse.Of(services, session));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> ReviseSession(Guid id, SessionRequest request, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.TrackedAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, session.Version);
        session.Revise(request.ToTerms()!, services.Now);
        services.Audit("session.revised", "session", session.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> PublishSession(Guid id, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.TrackedAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, session.Version);
        var buyers = await services.Db.SessionBuyers.Where(b => b.SessionId == id)
            .Join(services.Db.Buyers, sb => sb.BuyerId, b => b.Id, (_, b) => b).AsNoTracking().ToListAsync(services.Cancellation);
        session.Publish(buyers.Count, services.Now);
        services.RecordChange(MatchmakingEvents.SessionPublished(session, buyers), "session.published", "session", session.Id,
            new { session.Date, session.RegistrationDeadline, buyers = buyers.Count });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> AmendSession(Guid id, SessionAmendmentRequest request, [AsParameters] AcceleratorServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        var session = await services.Db.LockMatchmakingSessionAsync(id, services.Cancellation) ? await SessionLookup.TrackedAsync(services, id) : null;
        if (session is null || !session.IsPublic)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, session.Version);
        var amendment = session.Amend(request.ToAmendment(), services.User.AuditName, services.Now);
        services.Audit("session.amended", "session", session.Id, amendment);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> CloseSession(Guid id, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.TrackedAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, session.Version);
        session.Close(services.Now);
        services.Audit("session.closed", "session", session.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    private static readonly Keyset<MatchmakingSession, DateOnly> EarliestFirst = Keyset.By<MatchmakingSession, DateOnly>(s => s.Date, s => s.Id, descending: false);
    private static readonly Keyset<MatchmakingSession, DateOnly> LatestFirst = Keyset.By<MatchmakingSession, DateOnly>(s => s.Date, s => s.Id, descending: true);
}
