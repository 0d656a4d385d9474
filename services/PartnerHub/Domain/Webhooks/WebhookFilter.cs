using PiedmontSystem.PartnerHub.Domain.Events;

namespace PiedmontSystem.PartnerHub.Domain.Webhooks;

/// <summary>
/// Which events a subscription receives: its event types, and optionally only those about some
/// clusters, calls or priority systems (SPI). Each filter given must match: an event matches a
/// filter when it names one of its values, so an event that names no cluster never matches a
/// cluster filter.
/// </summary>
public sealed record WebhookFilter(
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> ClusterCodes,
    IReadOnlyList<string> CallCodes,
    IReadOnlyList<string> PrioritySystems)
{
    public bool Matches(string webhookType, EventFacets facets) =>
        EventTypes.Contains(webhookType, StringComparer.Ordinal)
        && Admits(ClusterCodes, facets.ClusterCodes)
        && Admits(CallCodes, facets.CallCodes)
        && Admits(PrioritySystems, facets.PrioritySystems);

    private static bool Admits(IReadOnlyList<string> wanted, IReadOnlyList<string> named) =>
        wanted.Count == 0 || named.Any(n => wanted.Contains(n, StringComparer.OrdinalIgnoreCase));
}
