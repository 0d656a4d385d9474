using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.RequestHandling.Idempotency;

namespace PiedmontSystem.RequestHandling;

public static class PlatformTables
{
    /// <summary>
    /// Adds the tables every service has besides its own: outbox, inbox, audit trail and
    /// idempotency keys (call from <c>OnModelCreating</c>).
    /// </summary>
    public static ModelBuilder AddPlatformTables(this ModelBuilder modelBuilder) =>
        modelBuilder
            .AddOutboxAndInbox()
            .ApplyConfiguration(new AuditEntryConfiguration())
            .ApplyConfiguration(new IdempotencyRecordConfiguration());
}
