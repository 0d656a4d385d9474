using PiedmontSystem.Contracts;
using PiedmontSystem.Messaging.Auditing;

namespace PiedmontSystem.ClusterRegistry.Apis;

internal static class RegistryChangeRecording
{
    /// <summary>Every state change of the registry is announced and audited, in the handler's transaction.</summary>
    public static void RecordChange<TEvent>(this RegistryServices services, TEvent integrationEvent, string action, string entityType, object entityId, object? details = null)
        where TEvent : class, IIntegrationEvent =>
        services.Db.RecordChange(new ChangeAuthor(services.Now, services.User.AuditName, services.CorrelationId), integrationEvent, action, entityType, entityId, details);
}
