using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.Webhooks;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.PartnerId).HasColumnName("partner_id").HasMaxLength(100);
        builder.Property(s => s.Url).HasColumnName("url").HasMaxLength(2000);
        builder.Property(s => s.Description).HasColumnName("description").HasMaxLength(300);
        builder.Property(s => s.ContactEmail).HasColumnName("contact_email").HasMaxLength(254);
        builder.Property(s => s.EventTypes).HasColumnName("event_types");
        builder.Property(s => s.ClusterCodes).HasColumnName("cluster_codes");
        builder.Property(s => s.CallCodes).HasColumnName("call_codes");
        builder.Property(s => s.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.VerifiedAt).HasColumnName("verified_at");
        builder.Property(s => s.DisabledAt).HasColumnName("disabled_at");
        builder.Property(s => s.DisabledReason).HasColumnName("disabled_reason").HasMaxLength(500);
        builder.Property(s => s.ConsecutiveFailures).HasColumnName("consecutive_failures");
        builder.Property(s => s.FailingSince).HasColumnName("failing_since");
        builder.Property(s => s.LastSuccessAt).HasColumnName("last_success_at");
        builder.Property(s => s.LastFailureAt).HasColumnName("last_failure_at");
        builder.Property(s => s.PausedUntil).HasColumnName("paused_until");
        builder.Ignore(s => s.Filter);
        builder.HasMany(s => s.Secrets).WithOne().HasForeignKey(s => s.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Secrets).AutoInclude();
        builder.HasIndex(s => new { s.PartnerId, s.CreatedAt }).HasDatabaseName("ix_webhook_subscriptions_partner");
        builder.HasIndex(s => s.EventTypes).HasMethod("gin").HasDatabaseName("ix_webhook_subscriptions_event_types");
    }
}
