using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Auditing;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.ClusterRegistry.Apis;

internal static class ChangeRecording
{
    /// <summary>
    /// Every state change of the registry is announced and audited: stages its integration event
    /// and its audit entry, which the handler's <c>SaveChanges</c> commits with the change itself.
    /// </summary>
    public static void RecordChange<TEvent>(this RegistryServices services, TEvent integrationEvent, string action, string entityType, object entityId, object? details = null)
        where TEvent : class, IIntegrationEvent
    {
        services.Db.AddIntegrationEvent(integrationEvent, services.CorrelationId);
        services.Db.AddAuditEntry(services.Now, services.User.AuditName, action, entityType, entityId, details);
    }
}
