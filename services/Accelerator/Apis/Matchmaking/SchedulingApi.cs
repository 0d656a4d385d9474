using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// The organiser's side of the agenda: accelerator managers run the meeting scheduler (as often as
/// they like until the final agenda; booked meetings stay where they are), publish the agenda as
/// preliminary, then as final. From the final agenda on, nothing changes but cancellations, and
/// every meeting the scheduler placed is announced.
/// </summary>
public static class SchedulingApi
{
    public static IEndpointRouteBuilder MapSchedulingApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/accelerator/matchmaking/sessions/{id:guid}").WithTags("Meet the corporates: agenda");
        sessions.MapPost("/schedule", RunScheduler).WithName(nameof(RunScheduler))
            .WithSummary("Run the meeting scheduler over the accepted requests: tentative meetings, booked ones pinned; replaces the previous run's")
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPost("/agenda/preliminary", PublishPreliminaryAgenda).WithName(nameof(PublishPreliminaryAgenda)).AcceptsIfMatch()
            .WithSummary("Publish the agenda as preliminary (after registration closes): the sides see their tentative meetings")
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        sessions.MapPost("/agenda/final", PublishFinalAgenda).WithName(nameof(PublishFinalAgenda)).AcceptsIfMatch()
            .WithSummary("Publish the final agenda: tentative meetings become scheduled and are announced; then only cancellations")
            .WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.AcceleratorManager);
        return app;
    }

    public static async Task<Results<Ok<ScheduleRunResponse>, NotFound>> RunScheduler(Guid id, [AsParameters] AcceleratorServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await LockedAsync(services, id) is not { IsPublic: true } session)
        {
            return TypedResults.NotFound();
        }
        session.CheckSchedulerMayRun(services.Now);
        var meetings = await services.Db.Meetings.Where(m => m.SessionId == id && m.Status != MeetingStatus.Cancelled).ToListAsync(services.Cancellation);
        var input = new AgendaInput(
            session,
            await services.Db.SessionRegistrations.AsNoTracking().Where(r => r.SessionId == id && r.Status == RegistrationStatus.Registered).ToListAsync(services.Cancellation),
            await services.Db.SessionBuyers.AsNoTracking().Where(b => b.SessionId == id).ToListAsync(services.Cancellation),
            await services.Db.MeetingRequests.AsNoTracking().Where(r => r.SessionId == id && r.Status == RequestStatus.Accepted).ToListAsync(services.Cancellation),
            meetings.Where(m => m.Status == MeetingStatus.Scheduled).ToList());
        var problem = AgendaPlanning.Problem(input);
        var plan = AgendaPlanning.Read(input, problem, MeetingScheduler.Schedule(problem));

        // The previous run's placements go first, so the new ones may take their slots.
        services.Db.Meetings.RemoveRange(meetings.Where(m => m.Status == MeetingStatus.Tentative));
        await services.Db.SaveChangesAsync(services.Cancellation);
        foreach (var placement in plan.Placements)
        {
            services.Db.Meetings.Add(Meeting.Place(placement.Request, placement.Slot, placement.Table, services.User.AuditName, services.Now));
        }
        services.Audit("session.scheduled", "session", id, new { placed = plan.Placements.Count, pinned = plan.Pinned, unplaced = plan.Unplaced.Count, plan.UpperBound });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw MatchmakingRules.BookedDuringRun();
        }
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(new ScheduleRunResponse(plan.Placements.Count, plan.Pinned, plan.Unplaced, plan.UpperBound, SessionResponse.Of(services, session)));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> PublishPreliminaryAgenda(Guid id, [AsParameters] AcceleratorServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await LockedAsync(services, id) is not { IsPublic: true } session)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, session.Version);
        session.PublishPreliminaryAgenda(services.Now);
        var meetings = await services.Db.Meetings.CountAsync(m => m.SessionId == id && m.Status != MeetingStatus.Cancelled, services.Cancellation);
        services.Audit("session.agenda-preliminary", "session", id, new { meetings });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    public static async Task<Results<Ok<SessionResponse>, NotFound>> PublishFinalAgenda(Guid id, [AsParameters] AcceleratorServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await LockedAsync(services, id) is not { IsPublic: true } session)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, session.Version);
        session.PublishFinalAgenda(services.Now);
        var tentative = await services.Db.Meetings.Where(m => m.SessionId == id && m.Status == MeetingStatus.Tentative).ToListAsync(services.Cancellation);
        var buyers = await services.Db.Buyers.AsNoTracking()
            .Where(b => services.Db.SessionBuyers.Any(sb => sb.SessionId == id && sb.BuyerId == b.Id)).ToDictionaryAsync(b => b.Id, services.Cancellation);
        foreach (var meeting in tentative.OrderBy(m => m.Slot).ThenBy(m => m.Table))
        {
            meeting.Confirm();
            services.RecordChange(MatchmakingEvents.MeetingScheduled(session, meeting, buyers[meeting.BuyerId], services.Now), "meeting.scheduled", "meeting", meeting.Id,
                new { meeting.Slot, meeting.Table });
        }
        services.Audit("session.agenda-final", "session", id, new { scheduled = tentative.Count });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        ETags.Set(services.HttpContext, session.Version);
        return TypedResults.Ok(SessionResponse.Of(services, session));
    }

    /// <summary>The session, tracked, its row locked for the rest of the transaction; null when there is none.</summary>
    private static async Task<MatchmakingSession?> LockedAsync(AcceleratorServices services, Guid id) =>
        await services.Db.LockMatchmakingSessionAsync(id, services.Cancellation) ? await SessionLookup.TrackedAsync(services, id) : null;
}
