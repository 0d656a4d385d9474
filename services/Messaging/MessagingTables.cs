using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Messaging.Inbox;
using PiedmontSystem.Messaging.Outbox;

namespace PiedmontSystem.Messaging;

public static class MessagingTables
{
    /// <summary>Adds the outbox and inbox tables to a service's model (call from <c>OnModelCreating</c>).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new OutboxMessageConfiguration())
            .ApplyConfiguration(new InboxMessageConfiguration());
}
