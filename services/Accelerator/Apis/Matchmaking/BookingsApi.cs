using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Booking a slot for an accepted request: either side in a self-booking session, managers in any
/// session (a meeting booked by hand is pinned when the scheduler runs). No organisation, buyer or
/// table is booked twice in a slot, even when many book at once: the database's unique indexes
/// decide, and the loser gets 409 <c>slot-taken</c>.
/// </summary>
public static class BookingsApi
{
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accelerator/matchmaking/requests/{id:guid}/booking", BookMeeting).WithTags("Meet the corporates: meetings")
            .WithName(nameof(BookMeeting)).WithSummary("Book an accepted request into a free slot at the buyer's table; announced; Idempotency-Key supported")
            .ValidateRequest<BookingRequest>().WithIdempotency<AcceleratorDbContext>().RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Created<MeetingResponse>, NotFound>> BookMeeting(Guid id, BookingRequest body, [AsParameters] AcceleratorServices services)
    {
        var caller = await MatchmakingCaller.OfAsync(services);
        var request = await services.Db.MeetingRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (request is null || !caller.Sees(request.ParticipantOrganisationId, request.BuyerId))
        {
            return TypedResults.NotFound();
        }
        var session = await SessionLookup.OfAsync(services, request.SessionId);
        if (session.SchedulingMode != SchedulingMode.SelfBooking && !caller.IsManager)
        {
            throw MatchmakingRules.SelfBookingNotOffered();
        }
        var live = await services.Db.Meetings.FirstOrDefaultAsync(m => m.RequestId == id && m.Status != MeetingStatus.Cancelled, services.Cancellation);
        if (live is { Status: MeetingStatus.Scheduled })
        {
            throw MatchmakingRules.AlreadyBooked(live.Id);
        }
        var registration = await services.Db.SessionRegistrations.AsNoTracking().FirstAsync(r => r.Id == request.RegistrationId, services.Cancellation);
        var sessionBuyer = await services.Db.SessionBuyers.AsNoTracking().FirstAsync(b => b.SessionId == session.Id && b.BuyerId == request.BuyerId, services.Cancellation);
        var buyer = await services.Db.Buyers.AsNoTracking().FirstAsync(b => b.Id == request.BuyerId, services.Cancellation);
        var meeting = Meeting.Book(session, request, registration, sessionBuyer, body.Slot!.Value, services.User.AuditName, services.Now);
        if (live is not null)
        {
            // A booking replaces the scheduler's tentative placement of the same request.
            services.Db.Meetings.Remove(live);
        }
        services.Db.Meetings.Add(meeting);
        services.RecordChange(MatchmakingEvents.MeetingScheduled(session, meeting, buyer, services.Now), "meeting.booked", "meeting", meeting.Id,
            new { requestId = id, meeting.Slot, meeting.Table, replacedTentative = live?.Id });
        try
        {
            await services.Db.SaveChangesAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(MeetingConfiguration.RequestLive))
        {
            throw MatchmakingRules.AlreadyBooked(null);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw MatchmakingRules.SlotTaken(meeting.Slot);
        }
        ETags.Set(services.HttpContext, meeting.Version);
        return TypedResults.Created($"/api/accelerator/matchmaking/meetings/{meeting.Id}", MeetingResponse.Of(session, meeting, registration.OrganisationName, buyer.Name, []));
    }
}
