using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// The buyers taking part in a session, with their challenges and tables: public once the session
/// is published (what start-ups choose whom to meet from); managers add them; availability is set
/// by managers or the buyer's own users.
/// </summary>
public static class SessionBuyersApi
{
    public static IEndpointRouteBuilder MapSessionBuyersApi(this IEndpointRouteBuilder app)
    {
        var buyers = app.MapGroup("/api/accelerator/matchmaking/sessions/{sessionId:guid}/buyers").WithTags("Meet the corporates: sessions");
        buyers.MapGet("/", ListSessionBuyers).WithName(nameof(ListSessionBuyers))
            .WithSummary("The buyers of a session by table, with their needs and challenges (it/en) and availability").AllowAnonymous();
        buyers.MapGet("/{buyerId:guid}", GetSessionBuyer).WithName(nameof(GetSessionBuyer))
            .WithSummary("One buyer of a session (its ETag is what availability changes send back)").AllowAnonymous();
        buyers.MapPost("/", AddSessionBuyer).WithName(nameof(AddSessionBuyer))
            .WithSummary("A buyer takes part, at the next free table (or the one given); until the final agenda; Idempotency-Key supported")
            .ValidateRequest<SessionBuyerRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        buyers.MapPut("/{buyerId:guid}/availability", SetBuyerAvailability).WithName(nameof(SetBuyerAvailability)).RequiresIfMatch()
            .WithSummary("The slots the buyer can meet in; managers or the buyer's users; If-Match required")
            .ValidateRequest<AvailabilityRequest>().RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<Page<SessionBuyerResponse>>, NotFound>> ListSessionBuyers(Guid sessionId, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.VisibleAsync(services, sessionId) is null)
        {
            return TypedResults.NotFound();
        }
        // At most one buyer per table: a short list, closed by the session's tables, whole.
        var rows = await services.Db.SessionBuyers.AsNoTracking().Where(b => b.SessionId == sessionId)
            .Join(services.Db.Buyers.AsNoTracking(), sb => sb.BuyerId, b => b.Id, (sb, b) => new { sb, b })
            .OrderBy(x => x.sb.Table).ToListAsync(services.Cancellation);
        return TypedResults.Ok(Paging.Whole(rows.Select(x => SessionBuyerResponse.Of(services, x.sb, x.b)).ToList()));
    }

    public static async Task<Results<Ok<SessionBuyerResponse>, NotFound>> GetSessionBuyer(Guid sessionId, Guid buyerId, [AsParameters] AcceleratorServices services)
    {
        var row = await SessionLookup.VisibleAsync(services, sessionId) is null ? null : await services.Db.SessionBuyers.AsNoTracking()
            .Where(b => b.SessionId == sessionId && b.BuyerId == buyerId)
            .Join(services.Db.Buyers.AsNoTracking(), sb => sb.BuyerId, b => b.Id, (sb, b) => new { sb, b }).FirstOrDefaultAsync(services.Cancellation);
        if (row is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, row.sb.Version);
        return TypedResults.Ok(SessionBuyerResponse.Of(services, row.sb, row.b));
    }

    public static async Task<Results<Created<SessionBuyerResponse>, NotFound>> AddSessionBuyer(Guid sessionId, SessionBuyerRequest request, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.TrackedAsync(services, sessionId) is not { } session)
        {
            return TypedResults.NotFound();
        }
        var buyer = await services.Db.Buyers.AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.BuyerId, services.Cancellation)
            ?? throw new RequestValidationException("buyerId", $"There is no buyer with id {request.BuyerId}.");
        var taken = await services.Db.SessionBuyers.Where(b => b.SessionId == sessionId).Select(b => new { b.BuyerId, b.Table }).ToListAsync(services.Cancellation);
        if (taken.Any(t => t.BuyerId == buyer.Id))
        {
            throw MatchmakingRules.BuyerAlreadyInSession();
        }
        var tables = taken.Select(t => t.Table).ToList();
        if (request.Table is { } wanted)
        {
            session.CheckTable(wanted, tables);
        }
        var table = request.Table ?? session.FreeTable(tables);
        var sessionBuyer = SessionBuyer.Join(session, buyer.Id, new LocalizedText(request.ChallengesIt!, request.ChallengesEn!), table, request.AvailableSlots, services.Now);
        services.Db.SessionBuyers.Add(sessionBuyer);
        services.Audit("session.buyer-added", "session", session.Id, new { buyerId = buyer.Id, buyer.Name, table });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation("ux_session_buyers_session_table"))
        {
            throw MatchmakingRules.TableTaken(table);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw MatchmakingRules.BuyerAlreadyInSession();
        }
        ETags.Set(services.HttpContext, sessionBuyer.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/sessions/{sessionId}/buyers/{buyer.Id}", SessionBuyerResponse.Of(services, sessionBuyer, buyer));
    }

    public static async Task<Results<Ok<SessionBuyerResponse>, NotFound>> SetBuyerAvailability(
        Guid sessionId, Guid buyerId, AvailabilityRequest request, [AsParameters] AcceleratorServices services)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var sessionBuyer = await services.Db.SessionBuyers.FirstOrDefaultAsync(b => b.SessionId == sessionId && b.BuyerId == buyerId, services.Cancellation);
        if (sessionBuyer is null || !(caller.IsManager || caller.ActsForBuyer(buyerId)))
        {
            return TypedResults.NotFound();
        }
        ETags.RequireMatch(services.HttpContext, sessionBuyer.Version);
        var session = await SessionLookup.OfAsync(services, sessionId);
        sessionBuyer.SetAvailability(session, request.AvailableSlots, services.Now);
        services.Audit("session.buyer-availability-set", "session", sessionId, new { buyerId, sessionBuyer.AvailableSlots });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        var buyer = await services.Db.Buyers.AsNoTracking().FirstAsync(b => b.Id == buyerId, services.Cancellation);
        ETags.Set(services.HttpContext, sessionBuyer.Version);
        return TypedResults.Ok(SessionBuyerResponse.Of(services, sessionBuyer, buyer));
    }
}
