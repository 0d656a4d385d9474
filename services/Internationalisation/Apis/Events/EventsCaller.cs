using PiedmontSystem.ServiceDefaults.Security;

namespace PiedmontSystem.Internationalisation.Apis.Events;

/// <summary>Who the caller is to international events: a CEIP officer sees and manages everything; an organisation's user its own registrations.</summary>
internal static class EventsCaller
{
    public static bool IsCeipOfficer(InternationalisationServices services) => services.User.Roles.Contains(Roles.CeipOfficer);

    /// <summary>A CEIP officer, or a user of the organisation.</summary>
    public static bool Sees(InternationalisationServices services, Guid organisationId) =>
        IsCeipOfficer(services) || services.User.ActsFor(organisationId);
}
