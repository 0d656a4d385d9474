using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("webhook_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.SubscriptionId).HasColumnName("subscription_id");
        builder.Property(a => a.DeliveryId).HasColumnName("delivery_id");
        builder.Property(a => a.MessageId).HasColumnName("message_id");
        builder.Property(a => a.WebhookType).HasColumnName("webhook_type").HasMaxLength(120);
        builder.Property(a => a.AttemptedAt).HasColumnName("attempted_at");
        builder.Property(a => a.Number).HasColumnName("number");
        builder.Property(a => a.Succeeded).HasColumnName("succeeded");
        builder.Property(a => a.StatusCode).HasColumnName("status_code");
        builder.Property(a => a.LatencyMs).HasColumnName("latency_ms");
        builder.Property(a => a.ResponseExcerpt).HasColumnName("response_excerpt").HasMaxLength(DeliveryAttempt.ExcerptLength);
        builder.Property(a => a.Error).HasColumnName("error").HasMaxLength(500);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(a => a.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.SubscriptionId, a.AttemptedAt, a.Id }).HasDatabaseName("ix_webhook_attempts_log");
    }
}
