using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Accelerator.Apis.Matchmaking;

/// <summary>
/// Agendas: the whole schedule of a session for accelerator managers; each organisation's and each
/// buyer's own agenda (their meetings with Rome times, table and counterpart) for them. The
/// scheduler's tentative meetings show in a side's agenda once a preliminary agenda is published.
/// </summary>
public static class AgendasApi
{
    public static IEndpointRouteBuilder MapAgendasApi(this IEndpointRouteBuilder app)
    {
        var agenda = app.MapGroup("/api/accelerator/matchmaking/sessions/{id:guid}/agenda").WithTags("Meet the corporates: agenda");
        agenda.MapGet("/", GetSessionAgenda).WithName(nameof(GetSessionAgenda))
            .WithSummary("The whole schedule by slot, filtered by organisation, buyer or status (cancelled ones only when asked)")
            .RequireAuthorization(Policies.AcceleratorManager);
        agenda.MapGet("/mine", GetMyAgenda).WithName(nameof(GetMyAgenda))
            .WithSummary("The caller's own agenda in the session: their organisation's meetings, or their buyer's").RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<Page<MeetingResponse>>, NotFound>> GetSessionAgenda(
        Guid id, [AsParameters] AcceleratorServices services, Guid? organisationId, Guid? buyerId, string? status, string? cursor, int? limit)
    {
        if (await SessionLookup.VisibleAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        var query = services.Db.Meetings.AsNoTracking().Where(m => m.SessionId == id);
        query = QueryValues.Enum<MeetingStatus>(status, nameof(status)) is { } s ? query.Where(m => m.Status == s) : query.Where(m => m.Status != MeetingStatus.Cancelled);
        if (organisationId is { } organisation)
        {
            query = query.Where(m => m.ParticipantOrganisationId == organisation);
        }
        if (buyerId is { } buyer)
        {
            query = query.Where(m => m.BuyerId == buyer);
        }
        var page = await BySlot.ReadAsync(query, cursor, limit, services.Cancellation);
        var meetingIds = page.Rows.Select(m => m.Id).ToList();
        var registrationIds = page.Rows.Select(m => m.RegistrationId).Distinct().ToList();
        var buyerIds = page.Rows.Select(m => m.BuyerId).Distinct().ToList();
        var names = await services.Db.SessionRegistrations.AsNoTracking().Where(r => registrationIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OrganisationName, services.Cancellation);
        var buyers = await services.Db.Buyers.AsNoTracking().Where(b => buyerIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, services.Cancellation);
        var outcomes = (await services.Db.MeetingOutcomes.AsNoTracking().Where(o => meetingIds.Contains(o.MeetingId)).ToListAsync(services.Cancellation)).ToLookup(o => o.MeetingId);
        return TypedResults.Ok(page.Map(m => MeetingResponse.Of(session, m, names[m.RegistrationId], buyers[m.BuyerId], outcomes[m.Id])));
    }

    public static async Task<Results<Ok<Page<AgendaEntryResponse>>, NotFound>> GetMyAgenda(Guid id, [AsParameters] AcceleratorServices services)
    {
        if (await SessionLookup.VisibleAsync(services, id) is not { } session)
        {
            return TypedResults.NotFound();
        }
        var caller = await MatchmakingCaller.OfAsync(services);
        var meetings = (await services.Db.Meetings.AsNoTracking()
                .Where(m => m.SessionId == id && m.Status != MeetingStatus.Cancelled && (m.ParticipantOrganisationId == caller.OrganisationId || m.BuyerId == caller.BuyerId))
                .OrderBy(m => m.Slot).ToListAsync(services.Cancellation))
            .Where(m => m.IsShownToParties(session)).ToList();
        var registrationIds = meetings.Select(m => m.RegistrationId).Distinct().ToList();
        var buyerIds = meetings.Select(m => m.BuyerId).Distinct().ToList();
        var names = await services.Db.SessionRegistrations.AsNoTracking().Where(r => registrationIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.OrganisationName, services.Cancellation);
        var buyers = await services.Db.Buyers.AsNoTracking().Where(b => buyerIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, services.Cancellation);
        // One meeting per slot at most: a short list, closed by the session's slots, whole.
        return TypedResults.Ok(Paging.Whole(meetings.Select(m => caller.ActsForBuyer(m.BuyerId)
                ? new AgendaEntryResponse(m.Id, m.Slot, m.StartsAt(session), m.EndsAt(session), m.Table, m.Status, Side.Participant, m.ParticipantOrganisationId, names[m.RegistrationId])
                : new AgendaEntryResponse(m.Id, m.Slot, m.StartsAt(session), m.EndsAt(session), m.Table, m.Status, Side.Buyer, m.BuyerId, buyers[m.BuyerId]))
            .ToList()));
    }

    private static readonly Keyset<Meeting, int> BySlot = Keyset.By<Meeting, int>(m => m.Slot, m => m.Id, descending: false);
}
