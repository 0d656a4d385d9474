using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>
/// A B2B day's participants: the organisations with a confirmed registration (participant id = the
/// registration's id) and the guests (participant id = the guest's id).
/// </summary>
public static class B2bParticipants
{
    /// <summary>A participant: its name, country (IT for a registered organisation) and the organisation acting for it (null for a guest).</summary>
    public sealed record Participant(Guid Id, string Name, string Country, Guid? OrganisationId);

    public static async Task<Dictionary<Guid, Participant>> OfAsync(InternationalisationServices services, Guid eventId)
    {
        var registrations = await services.Db.EventRegistrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == EventRegistrationStatus.Confirmed)
            .Select(r => new Participant(r.Id, r.OrganisationName ?? "", "IT", r.OrganisationId)).ToListAsync(services.Cancellation);
        var guests = await services.Db.B2bGuests.AsNoTracking().Where(g => g.EventId == eventId)
            .Select(g => new Participant(g.Id, g.Name + " (" + g.Organisation + ")", g.Country, null)).ToListAsync(services.Cancellation);
        return registrations.Concat(guests).ToDictionary(p => p.Id);
    }

    /// <summary>Whether the caller acts for the participant: its organisation's users; CEIP officers for anyone (guests have no account).</summary>
    public static bool ActsFor(InternationalisationServices services, Participant participant) =>
        EventsCaller.IsCeipOfficer(services) || participant.OrganisationId is { } organisation && services.User.ActsFor(organisation);
}
