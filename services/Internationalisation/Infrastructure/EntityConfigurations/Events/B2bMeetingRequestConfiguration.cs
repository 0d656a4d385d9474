using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class B2bMeetingRequestConfiguration : IEntityTypeConfiguration<B2bMeetingRequest>
{
    public void Configure(EntityTypeBuilder<B2bMeetingRequest> builder)
    {
        builder.ToTable("b2b_meeting_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.EventId).HasColumnName("event_id");
        builder.HasOne<InternationalEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.FromParticipantId).HasColumnName("from_participant_id");
        builder.Property(r => r.ToParticipantId).HasColumnName("to_participant_id");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Slot).HasColumnName("slot");
        builder.Property(r => r.Table).HasColumnName("table_number");
        builder.Property(r => r.RequestedAt).HasColumnName("requested_at");
        builder.Property(r => r.AnsweredAt).HasColumnName("answered_at");
        builder.Property(r => r.Version).IsRowVersion();

        builder.HasIndex(r => new { r.EventId, r.FromParticipantId, r.ToParticipantId }).IsUnique().HasDatabaseName("ux_b2b_meeting_requests_pair");
        builder.HasIndex(r => new { r.EventId, r.RequestedAt, r.Id }).HasDatabaseName("ix_b2b_meeting_requests_event");
    }
}
