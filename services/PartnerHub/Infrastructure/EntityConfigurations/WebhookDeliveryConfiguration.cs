using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.SubscriptionId).HasColumnName("subscription_id");
        builder.Property(d => d.MessageId).HasColumnName("message_id");
        builder.Property(d => d.WebhookType).HasColumnName("webhook_type").HasMaxLength(120);
        builder.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.SeriesStartedAt).HasColumnName("series_started_at");
        builder.Property(d => d.LeaseUntil).HasColumnName("lease_until");
        builder.Property(d => d.LastAttemptAt).HasColumnName("last_attempt_at");
        builder.Property(d => d.LastStatusCode).HasColumnName("last_status_code");
        builder.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // One delivery of an event per subscription: a redelivered event or a replay reuses it.
        builder.HasIndex(d => new { d.SubscriptionId, d.MessageId }).IsUnique().HasDatabaseName("ux_webhook_deliveries_subscription_message");
        // The lanes' claim: a subscription's pending deliveries that are due.
        builder.HasIndex(d => new { d.SubscriptionId, d.NextAttemptAt }).HasFilter("status = 'Pending'").HasDatabaseName("ix_webhook_deliveries_due");
    }
}
