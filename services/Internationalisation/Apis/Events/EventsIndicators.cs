using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Internationalisation.Infrastructure;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// International events' figures for the service's indicators (folded into
/// <c>GET /api/internationalisation/indicators</c>). Events are counted in the year they start
/// (Rome calendar), cancelled ones apart; participants are the organisations holding a confirmed place; B2B
/// meetings requested are the accepted requests, placed those the scheduler gave a slot.
/// </summary>
public static class EventsIndicators
{
    public sealed record EventFigures(
        IReadOnlyDictionary<string, int> EventsByKind,
        int EventsCancelled,
        int RegistrationsConfirmed,
        int RegistrationsWaitListed,
        int Participants,
        int B2bMeetingsRequested,
        int B2bMeetingsPlaced);

    public static async Task<EventFigures> ComputeAsync(InternationalisationDbContext db, int? year, CancellationToken cancellationToken)
    {
        var events = db.InternationalEvents.AsNoTracking().Where(e => e.Status != InternationalEventStatus.Draft);
        if (year is { } y)
        {
            var (from, to) = Deadlines.RomeTime.Year(y);
            events = events.Where(e => e.StartsAt >= from && e.StartsAt < to);
        }
        var byKind = await events.Where(e => e.Status == InternationalEventStatus.Published)
            .GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var cancelled = await events.CountAsync(e => e.Status == InternationalEventStatus.Cancelled, cancellationToken);
        var registrations = db.EventRegistrations.AsNoTracking()
            .Where(r => events.Any(e => e.Id == r.EventId && e.Status == InternationalEventStatus.Published));
        var confirmed = await registrations.CountAsync(r => r.Status == EventRegistrationStatus.Confirmed, cancellationToken);
        var waitListed = await registrations.CountAsync(r => r.Status == EventRegistrationStatus.WaitListed, cancellationToken);
        var participants = await registrations.Where(r => r.Status == EventRegistrationStatus.Confirmed).Select(r => r.OrganisationId).Distinct().CountAsync(cancellationToken);
        var meetings = db.B2bMeetingRequests.AsNoTracking()
            .Where(r => r.Status == B2bRequestStatus.Accepted && events.Any(e => e.Id == r.EventId && e.Status == InternationalEventStatus.Published));
        var requested = await meetings.CountAsync(cancellationToken);
        var placed = await meetings.CountAsync(r => r.Slot != null, cancellationToken);
        return new EventFigures(
            Enum.GetValues<InternationalEventKind>().ToDictionary(k => ServiceDefaults.Http.QueryValues.Kebab(k), k => byKind.FirstOrDefault(c => c.Key == k)?.Count ?? 0),
            cancelled, confirmed, waitListed, participants, requested, placed);
    }
}
