using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;
using PiedmontSystem.PartnerHub.Domain.Events;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;
using PiedmontSystem.PartnerHub.Domain.Notices;
using PiedmontSystem.PartnerHub.Domain.Webhooks;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.PartnerHub.Infrastructure;

/// <summary>
/// The partner hub's database. Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/PartnerHub</c>.
/// The delivery lanes' hot statements are SQL in <see cref="Delivery.DeliveryStore"/>.
/// </summary>
public sealed class PartnerHubDbContext(DbContextOptions<PartnerHubDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Every catalogued event the hub received, for its retention period.</summary>
    public DbSet<PartnerEvent> Events => Set<PartnerEvent>();

    public DbSet<WebhookSubscription> Subscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookSecret> Secrets => Set<WebhookSecret>();

    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    /// <summary>The delivery log: every HTTP call to a partner's endpoint.</summary>
    public DbSet<DeliveryAttempt> Attempts => Set<DeliveryAttempt>();

    public DbSet<PartnerNotice> Notices => Set<PartnerNotice>();

    /// <summary>The Data Protection key ring that encrypts the webhook secrets.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Partners' own RabbitMQ users, live and revoked.</summary>
    public DbSet<BrokerAccount> BrokerAccounts => Set<BrokerAccount>();

    /// <summary>What the hub has seen of messages in error queues, and what operators did with them.</summary>
    public DbSet<FailedMessage> FailedMessages => Set<FailedMessage>();

    /// <summary>
    /// Makes changes to one partner's broker account wait for each other until the transaction
    /// ends: two operators provisioning the same partner at once would otherwise both set the
    /// user's password in RabbitMQ, and only one would be told the one that works. Call it inside a transaction.
    /// </summary>
    public Task LockBrokerAccountAsync(string partnerId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({BrokerAccountLock}, hashtext({partnerId}))", cancellationToken);

    /// <summary>The first key of the broker accounts' advisory locks (the second is the partner id's hash).</summary>
    private const int BrokerAccountLock = 0x42524B41; // "BRKA"

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnerHubDbContext).Assembly);
    }
}
