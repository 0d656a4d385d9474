using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using MassTransit;

namespace PiedmontSystem.Messaging.Catalogue;

/// <summary>
/// Every integration event of <c>services/Contracts</c>, read from the contracts' own attributes
/// (<see cref="EntityNameAttribute"/> for the exchange, the message URN for area, name and version),
/// so that the partner hub, the AsyncAPI document and docs/events.md cannot name them differently.
/// </summary>
public static class EventCatalogue
{
    /// <summary>The areas, each a partner scope <c>events:&lt;area&gt;</c>.</summary>
    public static readonly string[] Areas = ["registry", "funding", "accelerator", "internationalisation", "identity"];

    /// <summary>Every event, by area in the order of <see cref="Areas"/>, then by webhook type.</summary>
    public static IReadOnlyList<CatalogueEntry> All { get; } = IntegrationEventTypes.All
        .Select(Describe)
        .OrderBy(e => Array.IndexOf(Areas, e.Area)).ThenBy(e => e.WebhookType, StringComparer.Ordinal)
        .ToList();

    private static readonly FrozenDictionary<string, CatalogueEntry> ByWebhookType = All.ToFrozenDictionary(e => e.WebhookType, StringComparer.Ordinal);
    private static readonly FrozenDictionary<Type, CatalogueEntry> ByType = All.ToFrozenDictionary(e => e.Type);

    /// <summary>The scope that lets a partner system receive an area's events, e.g. <c>events:registry</c>.</summary>
    public static string ScopeOf(string area) => $"events:{area}";

    public static bool TryFind(string webhookType, out CatalogueEntry entry) => ByWebhookType.TryGetValue(webhookType, out entry!);

    public static CatalogueEntry Of(Type type) => ByType[type];

    private static CatalogueEntry Describe(Type type)
    {
        var urn = IntegrationEventTypes.UrnOf(type);
        // urn:message:piedmont:<area>:<name>:v<version>
        var parts = urn.Split(':');
        if (parts is not ["urn", "message", "piedmont", var area, var name, var version] || !version.StartsWith('v'))
        {
            throw new InvalidOperationException($"{type.Name}'s message URN {urn} is not urn:message:piedmont:<area>:<name>:v<N>.");
        }
        if (!Areas.Contains(area))
        {
            throw new InvalidOperationException($"{type.Name} is in area '{area}', which is not one of {string.Join(", ", Areas)}.");
        }
        var exchange = type.GetCustomAttribute<EntityNameAttribute>()?.EntityName
            ?? throw new InvalidOperationException($"{type.Name} has no [EntityName]: its exchange would be named after its CLR type.");
        return new CatalogueEntry(type, urn, exchange, area, name, int.Parse(version[1..], CultureInfo.InvariantCulture));
    }
}
