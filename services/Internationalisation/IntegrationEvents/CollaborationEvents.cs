using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Collaborations;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Builds the collaborations register's integration event (docs/events.md).</summary>
internal static class CollaborationEvents
{
    public static CollaborationRecorded Recorded(Collaboration c) => new(
        c.Id, c.ClusterCode, QueryValues.Kebab(c.Kind), c.Title, c.PartnerName, c.PartnerRegion, c.PartnerCountry, c.StartsOn, c.RecordedAt);
}
