namespace PiedmontSystem.Messaging.Catalogue;

/// <summary>
/// One event of docs/events.md as partners meet it: its contract, the exchange it is published on,
/// its area (the <c>events:&lt;area&gt;</c> scope that lets a partner receive it) and its webhook type.
/// </summary>
/// <param name="Type">The contract in <c>services/Contracts</c>.</param>
/// <param name="Urn">Its stable message URN, e.g. <c>urn:message:piedmont:registry:organisation-registered:v1</c>.</param>
/// <param name="Exchange">Its fanout exchange, e.g. <c>piedmont.registry.organisation-registered.v1</c>.</param>
/// <param name="Area">Its area, e.g. <c>registry</c>.</param>
/// <param name="Name">Its name within the area, e.g. <c>organisation-registered</c>.</param>
/// <param name="Version">Its version, e.g. 1.</param>
public sealed record CatalogueEntry(Type Type, string Urn, string Exchange, string Area, string Name, int Version)
{
    /// <summary>The <c>type</c> of a webhook delivery, e.g. <c>registry.organisation-registered.v1</c>.</summary>
    public string WebhookType => $"{Area}.{Name}.v{Version}";
}
