using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.ClusterRegistry.IntegrationEvents;

/// <summary>Maps a cluster's change to the event other services and partners see.</summary>
internal static class ClusterEvents
{
    public static ClusterUpdated Updated(Cluster c, string? successorCode) => new(
        c.Id, c.Code, c.Name.En, c.Name.It, QueryValues.Kebab(c.Kind), QueryValues.Kebab(c.Status), successorCode, c.PrioritySystems, c.UpdatedAt);
}
