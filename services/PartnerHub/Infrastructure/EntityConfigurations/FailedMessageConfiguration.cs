using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.FailedMessages;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class FailedMessageConfiguration : IEntityTypeConfiguration<FailedMessage>
{
    public const string OnePerQueueAndMessage = "ux_failed_messages_queue_message";

    public void Configure(EntityTypeBuilder<FailedMessage> builder)
    {
        builder.ToTable("failed_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.ErrorQueue).HasColumnName("error_queue").HasMaxLength(255);
        builder.Property(m => m.MessageId).HasColumnName("message_id").HasMaxLength(200);
        builder.Property(m => m.MessageType).HasColumnName("message_type").HasMaxLength(500);
        builder.Property(m => m.ConsumerType).HasColumnName("consumer_type").HasMaxLength(500);
        builder.Property(m => m.ExceptionType).HasColumnName("exception_type").HasMaxLength(500);
        builder.Property(m => m.ExceptionMessage).HasColumnName("exception_message").HasMaxLength(4000);
        builder.Property(m => m.FirstFailedAt).HasColumnName("first_failed_at");
        builder.Property(m => m.LastFailedAt).HasColumnName("last_failed_at");
        builder.Property(m => m.LastSeenAt).HasColumnName("last_seen_at");
        builder.Property(m => m.Replays).HasColumnName("replays");
        builder.Property(m => m.LastReplayedAt).HasColumnName("last_replayed_at");
        builder.Property(m => m.LastReplayedBy).HasColumnName("last_replayed_by").HasMaxLength(300);
        builder.Property(m => m.DiscardedAt).HasColumnName("discarded_at");
        builder.Property(m => m.DiscardedBy).HasColumnName("discarded_by").HasMaxLength(300);
        builder.Property(m => m.DiscardReason).HasColumnName("discard_reason").HasMaxLength(500);
        builder.Property(m => m.DiscardedBody).HasColumnName("discarded_body");
        builder.Property(m => m.DiscardedProperties).HasColumnName("discarded_properties").HasColumnType("jsonb");
        builder.HasIndex(m => new { m.ErrorQueue, m.MessageId }).IsUnique().HasDatabaseName(OnePerQueueAndMessage);
    }
}
