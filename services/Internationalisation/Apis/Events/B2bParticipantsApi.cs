using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Persistence;
using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;
using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// A B2B day seen by its participants, as b2match shows it: the participants' directory with their
/// cards (what each offers and seeks), each participant's own card and unavailable slots, and the
/// meeting requests it sent and received. The directory is for the day's participants and CEIP
/// officers only: the public sees the event, not who takes part.
/// </summary>
public static class B2bParticipantsApi
{
    private const string Tag = "International events: B2B days";

    public static IEndpointRouteBuilder MapB2bParticipantsApi(this IEndpointRouteBuilder app)
    {
        var day = app.MapGroup("/api/internationalisation/events/{eventId:guid}").WithTags(Tag);
        day.MapGet("/b2b-participants", ListB2bParticipants).WithName(nameof(ListB2bParticipants))
            .WithSummary("The day's participants with their cards (offer, seek, unavailable slots): the day's participants and CEIP officers")
            .RequireAuthorization(Policies.Authenticated);
        day.MapPut("/b2b-participants/{participantId:guid}/profile", SetB2bProfile).WithName(nameof(SetB2bProfile))
            .WithSummary("Set a participant's card and unavailable slots (until the agenda is final): its organisation's users, CEIP officers for guests")
            .ValidateRequest<B2bProfileRequest>().RequireAuthorization(Policies.Authenticated);
        day.MapGet("/b2b-requests", ListB2bRequests).WithName(nameof(ListB2bRequests))
            .WithSummary("Meeting requests: a participant's sent and received; CEIP officers all; filter by status")
            .RequireAuthorization(Policies.Authenticated);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<B2bParticipantResponse>>, NotFound>> ListB2bParticipants(Guid eventId, [AsParameters] InternationalisationServices services)
    {
        if (await B2bEventAsync(services, eventId) is null)
        {
            return TypedResults.NotFound();
        }
        var participants = await B2bParticipants.OfAsync(services, eventId);
        RequireParticipantOrOfficer(services, participants.Values);
        var profiles = await services.Db.B2bProfiles.AsNoTracking().Where(p => p.EventId == eventId).ToDictionaryAsync(p => p.ParticipantId, services.Cancellation);
        IReadOnlyList<B2bParticipantResponse> list = participants.Values.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p =>
        {
            var card = profiles.GetValueOrDefault(p.Id);
            return new B2bParticipantResponse(p.Id, p.OrganisationId is null ? "guest" : "organisation", p.Name, p.Country, card?.Offer, card?.Seek,
                card?.UnavailableSlots ?? [], p.OrganisationId is { } o && services.User.ActsFor(o));
        }).ToList();
        return TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<B2bParticipantResponse>, NotFound>> SetB2bProfile(Guid eventId, Guid participantId, B2bProfileRequest request,
        [AsParameters] InternationalisationServices services)
    {
        var participants = await B2bParticipants.OfAsync(services, eventId);
        if (await B2bEventAsync(services, eventId) is null || !participants.TryGetValue(participantId, out var participant)
            || !B2bParticipants.ActsFor(services, participant))
        {
            return TypedResults.NotFound();
        }
        var day = await services.Db.B2bDays.AsNoTracking().FirstOrDefaultAsync(d => d.EventId == eventId, services.Cancellation) ?? throw EventsRules.NoGrid();
        var slotsWithMeetings = await services.Db.B2bMeetingRequests
            .Where(r => r.EventId == eventId && r.Slot != null && (r.FromParticipantId == participantId || r.ToParticipantId == participantId))
            .Select(r => r.Slot!.Value).ToListAsync(services.Cancellation);
        var profile = await services.Db.B2bProfiles.FirstOrDefaultAsync(p => p.ParticipantId == participantId, services.Cancellation);
        if (profile is null)
        {
            profile = B2bProfile.For(eventId, participantId);
            services.Db.B2bProfiles.Add(profile);
        }
        profile.Set(day, RequestText.Trimmed(request.Offer), RequestText.Trimmed(request.Seek), request.UnavailableSlots ?? [], slotsWithMeetings, services.Now);
        services.Audit("b2b-profile.set", "b2b-participant", participantId, new { eventId, profile.UnavailableSlots });
        await services.Db.SaveChangesCheckedAsync(services.Cancellation);
        return TypedResults.Ok(new B2bParticipantResponse(participantId, participant.OrganisationId is null ? "guest" : "organisation", participant.Name,
            participant.Country, profile.Offer, profile.Seek, profile.UnavailableSlots, participant.OrganisationId is { } o && services.User.ActsFor(o)));
    }

    public static async Task<Results<Ok<IReadOnlyList<B2bRequestListItem>>, NotFound>> ListB2bRequests(Guid eventId, [AsParameters] InternationalisationServices services,
        string? status)
    {
        if (await B2bEventAsync(services, eventId) is null)
        {
            return TypedResults.NotFound();
        }
        var participants = await B2bParticipants.OfAsync(services, eventId);
        RequireParticipantOrOfficer(services, participants.Values);
        var query = services.Db.B2bMeetingRequests.AsNoTracking().Where(r => r.EventId == eventId);
        if (!EventsCaller.IsCeipOfficer(services))
        {
            var mine = participants.Values.Where(p => p.OrganisationId is { } o && services.User.ActsFor(o)).Select(p => p.Id).ToList();
            query = query.Where(r => mine.Contains(r.FromParticipantId) || mine.Contains(r.ToParticipantId));
        }
        if (QueryValues.Enum<B2bRequestStatus>(status, "status") is { } s)
        {
            query = query.Where(r => r.Status == s);
        }
        var rows = await query.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id).ToListAsync(services.Cancellation);
        string Name(Guid id) => participants.GetValueOrDefault(id)?.Name ?? "(no longer taking part)";
        IReadOnlyList<B2bRequestListItem> list = rows.Select(r => new B2bRequestListItem(r.Id, r.FromParticipantId, Name(r.FromParticipantId), r.ToParticipantId,
            Name(r.ToParticipantId), r.Status, r.Slot, r.Table, r.RequestedAt)).ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<InternationalEvent?> B2bEventAsync(InternationalisationServices services, Guid eventId)
    {
        var e = await services.Db.InternationalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, services.Cancellation);
        if (e is null || !e.IsPublic && !EventsCaller.IsCeipOfficer(services))
        {
            return null;
        }
        B2bDay.RequireB2bDay(e);
        return e;
    }

    private static void RequireParticipantOrOfficer(InternationalisationServices services, IEnumerable<B2bParticipants.Participant> participants)
    {
        if (!EventsCaller.IsCeipOfficer(services) && !participants.Any(p => p.OrganisationId is { } o && services.User.ActsFor(o)))
        {
            throw CommonRules.Forbidden("The participants' directory and meeting requests are for the day's confirmed participants and CEIP officers.");
        }
    }
}
