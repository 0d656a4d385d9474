using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.Matchmaking;
using PiedmontSystem.Persistence;
using PiedmontSystem.RequestHandling.Idempotency;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// B2B days: CEIP officers define the day's slots and tables and add foreign guests; any participant
/// asks any other for a meeting and the other side accepts or declines (CEIP officers act for
/// guests); CEIP officers run the shared scheduler (<see cref="MeetingScheduler"/>) over the accepted
/// requests, keeping the meetings already placed, and make the agenda final. Each participant reads
/// its agenda; guests' agendas are read by CEIP officers.
/// </summary>
public static class B2bDaysApi
{
    private const string Tag = "International events: B2B days";

    public static IEndpointRouteBuilder MapB2bDaysApi(this IEndpointRouteBuilder app)
    {
        var day = app.MapGroup("/api/internationalisation/events/{eventId:guid}").WithTags(Tag);
        day.MapPut("/b2b-day", DefineB2bDay).WithName(nameof(DefineB2bDay))
            .WithSummary("Define or change the day's slots, breaks and tables (until the agenda is final); CEIP officers")
            .ValidateRequest<B2bDayRequest>().RequireAuthorization(Policies.CeipOfficer);
        day.MapPost("/guests", AddGuest).WithName(nameof(AddGuest)).WithSummary("Add a foreign guest not in the registry; CEIP officers; Idempotency-Key supported")
            .ValidateRequest<GuestRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.CeipOfficer);
        day.MapGet("/guests", ListGuests).WithName(nameof(ListGuests)).WithSummary("The day's guests; CEIP officers").RequireAuthorization(Policies.CeipOfficer);
        day.MapPost("/b2b-requests", AskForMeeting).WithName(nameof(AskForMeeting))
            .WithSummary("Ask another participant for a meeting: for one's confirmed registration, or (CEIP officers) for anyone; Idempotency-Key supported")
            .ValidateRequest<B2bAskRequest>().WithIdempotency<InternationalisationDbContext>().RequireAuthorization(Policies.Authenticated);
        day.MapPost("/b2b-schedule", ScheduleB2bDay).WithName(nameof(ScheduleB2bDay))
            .WithSummary("Place the accepted requests with the shared scheduler (meetings already placed are kept); the agenda becomes preliminary; CEIP officers")
            .RequireAuthorization(Policies.CeipOfficer);
        day.MapPost("/b2b-agenda/final", MakeAgendaFinal).WithName(nameof(MakeAgendaFinal))
            .WithSummary("Make the preliminary agenda final; CEIP officers").RequireAuthorization(Policies.CeipOfficer);
        day.MapGet("/agendas/{participantId:guid}", GetAgenda).WithName(nameof(GetAgenda))
            .WithSummary("A participant's meetings: its organisation's users and CEIP officers (guests' agendas: CEIP officers)").RequireAuthorization(Policies.Authenticated);

        var requests = app.MapGroup("/api/internationalisation/b2b-requests").WithTags(Tag);
        requests.MapPost("/{id:guid}/accept", AcceptMeeting).WithName(nameof(AcceptMeeting))
            .WithSummary("Accept a meeting request: the asked side (its organisation's users, or CEIP officers)").RequireAuthorization(Policies.Authenticated);
        requests.MapPost("/{id:guid}/decline", DeclineMeeting).WithName(nameof(DeclineMeeting))
            .WithSummary("Decline a meeting request: the asked side (its organisation's users, or CEIP officers)").RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<B2bDayResponse>, NotFound>> DefineB2bDay(Guid eventId, B2bDayRequest request, [AsParameters] InternationalisationServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await EventPlaces.LockAsync(services, eventId) is not { } e)
        {
            return TypedResults.NotFound();
        }
        var day = await services.Db.B2bDays.FirstOrDefaultAsync(d => d.EventId == eventId, services.Cancellation);
        if (day is null)
        {
            day = B2bDay.Define(e, request.SlotMinutes, request.SlotCount, request.Breaks ?? [], request.TableCount, services.Now);
            services.Db.B2bDays.Add(day);
        }
        else
        {
            day.Redefine(e, request.SlotMinutes, request.SlotCount, request.Breaks ?? [], request.TableCount, services.Now);
            await services.Db.B2bMeetingRequests.Where(r => r.EventId == eventId && r.Slot != null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Slot, (int?)null).SetProperty(r => r.Table, (int?)null), services.Cancellation);
        }
        services.Audit("b2b-day.defined", "international-event", eventId, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(B2bDayResponse.Of(day));
    }

    public static async Task<Results<Created<GuestResponse>, NotFound>> AddGuest(Guid eventId, GuestRequest request, [AsParameters] InternationalisationServices services)
    {
        var e = await services.Db.InternationalEvents.FirstOrDefaultAsync(e => e.Id == eventId, services.Cancellation);
        if (e is null)
        {
            return TypedResults.NotFound();
        }
        var guest = B2bGuest.Add(e, request.Name!, request.Country!, request.Organisation!, services.Now);
        services.Db.B2bGuests.Add(guest);
        services.Audit("b2b-guest.added", "b2b-guest", guest.Id, request);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Created($"/api/internationalisation/events/{eventId}/guests/{guest.Id}", GuestResponse.Of(guest));
    }

    public static async Task<Ok<Page<GuestResponse>>> ListGuests(Guid eventId, [AsParameters] InternationalisationServices services, string? cursor, int? limit)
    {
        var page = await GuestsInOrder.ReadAsync(services.Db.B2bGuests.AsNoTracking().Where(g => g.EventId == eventId), cursor, limit, services.Cancellation);
        return TypedResults.Ok(page.Map(GuestResponse.Of));
    }

    public static async Task<Results<Created<B2bRequestResponse>, NotFound>> AskForMeeting(Guid eventId, B2bAskRequest request, [AsParameters] InternationalisationServices services)
    {
        var e = await services.Db.InternationalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, services.Cancellation);
        if (e is null || !e.IsPublic)
        {
            return TypedResults.NotFound();
        }
        B2bDay.RequireB2bDay(e);
        var participants = await B2bParticipants.OfAsync(services, eventId);
        var from = EventsCaller.IsCeipOfficer(services) && request.FromParticipantId is { } named
            ? named
            : participants.Values.FirstOrDefault(p => p.OrganisationId is { } o && services.User.ActsFor(o))?.Id;
        if (from is not { } fromId || !participants.TryGetValue(fromId, out var asker))
        {
            throw EventsRules.NotAParticipant(request.FromParticipantId ?? Guid.Empty);
        }
        if (!B2bParticipants.ActsFor(services, asker))
        {
            throw CommonRules.Forbidden("Only the participant's own users, or CEIP officers, ask for it.");
        }
        var to = request.ToParticipantId!.Value;
        if (!participants.ContainsKey(to))
        {
            throw EventsRules.NotAParticipant(to);
        }
        if (await services.Db.B2bMeetingRequests.AnyAsync(r => r.EventId == eventId
                && (r.FromParticipantId == fromId && r.ToParticipantId == to || r.FromParticipantId == to && r.ToParticipantId == fromId), services.Cancellation))
        {
            throw EventsRules.RequestAlreadyExists();
        }
        var meeting = B2bMeetingRequest.Ask(eventId, fromId, to, services.Now);
        services.Db.B2bMeetingRequests.Add(meeting);
        services.Audit("b2b-request.asked", "b2b-request", meeting.Id, new { eventId, from = fromId, to });
        try
        {
            await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw EventsRules.RequestAlreadyExists();
        }
        return TypedResults.Created($"/api/internationalisation/b2b-requests/{meeting.Id}", B2bRequestResponse.Of(meeting));
    }

    public static Task<Results<Ok<B2bRequestResponse>, NotFound>> AcceptMeeting(Guid id, [AsParameters] InternationalisationServices services) =>
        AnswerAsync(id, services, accept: true);

    public static Task<Results<Ok<B2bRequestResponse>, NotFound>> DeclineMeeting(Guid id, [AsParameters] InternationalisationServices services) =>
        AnswerAsync(id, services, accept: false);

    public static async Task<Results<Ok<B2bScheduleResponse>, NotFound>> ScheduleB2bDay(Guid eventId, [AsParameters] InternationalisationServices services)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(services.Db, services.Cancellation);
        if (await EventPlaces.LockAsync(services, eventId) is null)
        {
            return TypedResults.NotFound();
        }
        var day = await services.Db.B2bDays.FirstOrDefaultAsync(d => d.EventId == eventId, services.Cancellation) ?? throw EventsRules.NoGrid();
        var participants = await B2bParticipants.OfAsync(services, eventId);
        var accepted = await services.Db.B2bMeetingRequests.Where(r => r.EventId == eventId && r.Status == B2bRequestStatus.Accepted)
            .OrderBy(r => r.RequestedAt).ToListAsync(services.Cancellation);
        var unavailable = await services.Db.B2bProfiles.AsNoTracking().Where(p => p.EventId == eventId)
            .ToDictionaryAsync(p => p.ParticipantId, p => p.UnavailableSlots, services.Cancellation);
        // A participant who left (a cancelled registration) takes its meetings with it.
        var problem = day.SchedulingProblem(participants.Keys, unavailable, accepted);
        var clock = Stopwatch.StartNew();
        var result = MeetingScheduler.Schedule(problem);
        clock.Stop();
        day.Apply(result, accepted, services.Now);
        services.Audit("b2b-day.scheduled", "international-event", eventId,
            new { requested = problem.Requests.Count, placed = result.Meetings.Count, result.UpperBound, milliseconds = clock.ElapsedMilliseconds });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        await transaction.CommitAsync(services.Cancellation);
        return TypedResults.Ok(new B2bScheduleResponse(problem.Requests.Count, result.Meetings.Count, result.UpperBound, result.Unplaced.Select(Guid.Parse).ToList(), day.AgendaStatus,
            clock.ElapsedMilliseconds));
    }

    public static async Task<Results<Ok<B2bDayResponse>, NotFound>> MakeAgendaFinal(Guid eventId, [AsParameters] InternationalisationServices services)
    {
        var day = await services.Db.B2bDays.FirstOrDefaultAsync(d => d.EventId == eventId, services.Cancellation);
        if (day is null)
        {
            return TypedResults.NotFound();
        }
        day.MakeFinal(services.Now);
        services.Audit("b2b-agenda.final", "international-event", eventId);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(B2bDayResponse.Of(day));
    }

    public static async Task<Results<Ok<AgendaResponse>, NotFound>> GetAgenda(Guid eventId, Guid participantId, [AsParameters] InternationalisationServices services)
    {
        var e = await services.Db.InternationalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, services.Cancellation);
        var day = await services.Db.B2bDays.AsNoTracking().FirstOrDefaultAsync(d => d.EventId == eventId, services.Cancellation);
        var participants = await B2bParticipants.OfAsync(services, eventId);
        if (e is null || day is null || !participants.TryGetValue(participantId, out var participant) || !B2bParticipants.ActsFor(services, participant))
        {
            return TypedResults.NotFound();
        }
        var meetings = await services.Db.B2bMeetingRequests.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Slot != null && (r.FromParticipantId == participantId || r.ToParticipantId == participantId))
            .OrderBy(r => r.Slot).ToListAsync(services.Cancellation);
        var agenda = meetings.Select(r =>
        {
            var other = participants.GetValueOrDefault(r.FromParticipantId == participantId ? r.ToParticipantId : r.FromParticipantId);
            var starts = day.SlotStartsAt(e, r.Slot!.Value);
            return new AgendaMeeting(r.Id, r.Slot.Value, r.Table!.Value, RomeTime(starts), RomeTime(starts.AddMinutes(day.SlotMinutes)),
                other?.Id ?? Guid.Empty, other?.Name ?? "(no longer taking part)", other?.Country);
        }).ToList();
        return TypedResults.Ok(new AgendaResponse(eventId, participantId, day.AgendaStatus, agenda));
    }

    private static DateTimeOffset RomeTime(DateTimeOffset instant) => Deadlines.RomeTime.Show(instant);

    private static async Task<Results<Ok<B2bRequestResponse>, NotFound>> AnswerAsync(Guid id, InternationalisationServices services, bool accept)
    {
        var request = await services.Db.B2bMeetingRequests.FirstOrDefaultAsync(r => r.Id == id, services.Cancellation);
        if (request is null)
        {
            return TypedResults.NotFound();
        }
        var participants = await B2bParticipants.OfAsync(services, request.EventId);
        var asked = participants.GetValueOrDefault(request.ToParticipantId);
        var asker = participants.GetValueOrDefault(request.FromParticipantId);
        if (asked is null || !B2bParticipants.ActsFor(services, asked))
        {
            // The asker sees that its request exists but cannot answer it; anyone else is told nothing.
            return asker is not null && B2bParticipants.ActsFor(services, asker)
                ? throw CommonRules.Forbidden("Only the asked side accepts or declines a meeting request.")
                : TypedResults.NotFound();
        }
        if (accept)
        {
            request.Accept(services.Now);
        }
        else
        {
            request.Decline(services.Now);
        }
        services.Audit(accept ? "b2b-request.accepted" : "b2b-request.declined", "b2b-request", request.Id);
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(B2bRequestResponse.Of(request));
    }

    private static readonly Keyset<B2bGuest, DateTimeOffset> GuestsInOrder = Keyset.By<B2bGuest, DateTimeOffset>(g => g.AddedAt, g => g.Id, descending: false);
}
