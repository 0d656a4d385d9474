using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging.Auditing;
using PiedmontSystem.Messaging.Idempotency;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.Messaging;

public static class ModelBuilderExtensions
{
    /// <summary>
    /// Adds the tables every service has besides its own: outbox, inbox, audit trail and
    /// idempotency keys (call from <c>OnModelCreating</c>).
    /// </summary>
    public static ModelBuilder AddPlatformTables(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new OutboxMessageConfiguration())
            .ApplyConfiguration(new InboxMessageConfiguration())
            .ApplyConfiguration(new AuditEntryConfiguration())
            .ApplyConfiguration(new IdempotencyRecordConfiguration());
}
