using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Accelerator.Infrastructure;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.OpenApi;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Meetings: read and cancelled by their two sides and managers (anyone else is told a meeting does
/// not exist); after the meeting each side records what came of it, and the first record of a
/// signed supply contract is announced.
/// </summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/api/accelerator/matchmaking/meetings").WithTags("Meet the corporates: meetings");
        meetings.MapGet("/{id:guid}", GetMeeting).WithName(nameof(GetMeeting))
            .WithSummary("A meeting with its Rome times, table, sides and outcomes; its two sides and managers").RequireAuthorization(Policies.Authenticated);
        meetings.MapPost("/{id:guid}/cancel", CancelMeeting).WithName(nameof(CancelMeeting)).AcceptsIfMatch()
            .WithSummary("Call a meeting off (also after the final agenda); its two sides and managers").WithIdempotency<AcceleratorDbContext>()
            .RequireAuthorization(Policies.Authenticated);
        meetings.MapPut("/{id:guid}/outcomes/{side}", RecordOutcome).WithName(nameof(RecordOutcome)).AcceptsIfMatch()
            .WithSummary("Record or revise one side's outcome (side: participant or buyer) after the meeting; that side's users or managers; If-Match (the outcome's ETag) optional")
            .ValidateRequest<OutcomeRequest>().RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound>> GetMeeting(Guid id, [AsParameters] AcceleratorServices services)
    {
        var (meeting, session) = await VisibleAsync(services, id, track: false);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        ETags.Set(services.HttpContext, meeting.Version);
        return TypedResults.Ok(await ResponseAsync(services, session, meeting));
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound>> CancelMeeting(Guid id, [AsParameters] AcceleratorServices services)
    {
        var (meeting, session) = await VisibleAsync(services, id, track: true);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        ETags.CheckMatch(services.HttpContext, meeting.Version);
        meeting.Cancel(session, services.User.AuditName, services.Now);
        services.Audit("meeting.cancelled", "meeting", meeting.Id, new { meeting.Slot, meeting.Table });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        ETags.Set(services.HttpContext, meeting.Version);
        return TypedResults.Ok(await ResponseAsync(services, session, meeting));
    }

    public static async Task<Results<Ok<MeetingResponse>, NotFound>> RecordOutcome(Guid id, string side, OutcomeRequest request, [AsParameters] AcceleratorServices services)
    {
        var recordedSide = QueryValues.Enum<Side>(side, nameof(side))!.Value;
        var caller = await MatchmakingCaller.OfAsync(services);
        var (meeting, session) = await VisibleAsync(services, id, track: false, caller);
        if (meeting is null)
        {
            return TypedResults.NotFound();
        }
        if (!caller.IsManager && caller.SideOf(meeting.ParticipantOrganisationId, meeting.BuyerId) != recordedSide)
        {
            throw MatchmakingRules.NotYourSide();
        }
        var outcomes = await services.Db.MeetingOutcomes.Where(o => o.MeetingId == id).ToListAsync(services.Cancellation);
        var outcome = outcomes.FirstOrDefault(o => o.Side == recordedSide);
        var signedBefore = outcome?.SignsContract == true;
        if (outcome is null)
        {
            outcome = MeetingOutcome.Record(session, meeting, recordedSide, request.Result!.Value, request.ContractValueEur, request.Note, services.User.AuditName, services.Now);
            services.Db.MeetingOutcomes.Add(outcome);
            outcomes.Add(outcome);
        }
        else
        {
            ETags.CheckMatch(services.HttpContext, outcome.Version);
            outcome.Revise(session, meeting, request.Result!.Value, request.ContractValueEur, request.Note, services.User.AuditName, services.Now);
        }
        var details = new { side = recordedSide, outcome.Result, outcome.ContractValueEur };
        if (SupplyContract.IsNewlySigned(signedBefore, outcome, outcomes.FirstOrDefault(o => o.Side != recordedSide)))
        {
            var buyer = await services.Db.Buyers.AsNoTracking().FirstAsync(b => b.Id == meeting.BuyerId, services.Cancellation);
            services.RecordChange(MatchmakingEvents.ContractSigned(meeting, buyer, outcome), "meeting.outcome-recorded", "meeting", meeting.Id, details);
        }
        else
        {
            services.Audit("meeting.outcome-recorded", "meeting", meeting.Id, details);
        }
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw ETags.Conflict(); // the same side recorded at the same moment: read again
        }
        ETags.Set(services.HttpContext, outcome.Version);
        return TypedResults.Ok(await ResponseAsync(services, session, meeting));
    }

    /// <summary>The meeting and its session when the caller may see it: its two sides (tentative ones once an agenda is out) and managers.</summary>
    private static async Task<(Meeting? Meeting, MatchmakingSession Session)> VisibleAsync(AcceleratorServices services, Guid id, bool track, MatchmakingCaller? caller = null)
    {
        caller ??= await MatchmakingCaller.OfAsync(services);
        var meetings = track ? services.Db.Meetings : services.Db.Meetings.AsNoTracking();
        var meeting = await meetings.FirstOrDefaultAsync(m => m.Id == id, services.Cancellation);
        if (meeting is null || !caller.Sees(meeting.ParticipantOrganisationId, meeting.BuyerId))
        {
            return (null, null!);
        }
        var session = await SessionLookup.OfAsync(services, meeting.SessionId);
        return caller.IsManager || meeting.IsShownToParties(session) ? (meeting, session) : (null, null!);
    }

    private static async Task<MeetingResponse> ResponseAsync(AcceleratorServices services, MatchmakingSession session, Meeting meeting)
    {
        var participant = await services.Db.SessionRegistrations.AsNoTracking().Where(r => r.Id == meeting.RegistrationId).Select(r => r.OrganisationName).FirstAsync(services.Cancellation);
        var buyer = await services.Db.Buyers.AsNoTracking().Where(b => b.Id == meeting.BuyerId).Select(b => b.Name).FirstAsync(services.Cancellation);
        var outcomes = await services.Db.MeetingOutcomes.AsNoTracking().Where(o => o.MeetingId == meeting.Id).ToListAsync(services.Cancellation);
        return MeetingResponse.Of(session, meeting, participant, buyer, outcomes);
    }
}
