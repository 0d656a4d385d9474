using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class MeetingRequestConfiguration : IEntityTypeConfiguration<MeetingRequest>
{
    public void Configure(EntityTypeBuilder<MeetingRequest> builder)
    {
        builder.ToTable("meeting_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.SessionId).HasColumnName("session_id");
        builder.HasOne<MatchmakingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.RegistrationId).HasColumnName("registration_id");
        builder.HasOne<Registration>().WithMany().HasForeignKey(r => r.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.ParticipantOrganisationId).HasColumnName("participant_organisation_id");
        builder.Property(r => r.BuyerId).HasColumnName("buyer_id");
        builder.HasOne<Buyer>().WithMany().HasForeignKey(r => r.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.From).HasColumnName("from_side").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Message).HasColumnName("message").HasMaxLength(2000);
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SentAt).HasColumnName("sent_at");
        builder.Property(r => r.AnsweredAt).HasColumnName("answered_at");
        builder.Property(r => r.AnsweredBy).HasColumnName("answered_by").HasMaxLength(300);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.To);
        builder.Ignore(r => r.IsLive);

        // One request per pair and session, whoever sends it, even when both send at once.
        builder.HasIndex(r => new { r.SessionId, r.ParticipantOrganisationId, r.BuyerId }).IsUnique().HasDatabaseName("ux_meeting_requests_pair");
        builder.HasIndex(r => new { r.SessionId, r.SentAt, r.Id }).HasDatabaseName("ix_meeting_requests_session");
        builder.HasIndex(r => r.BuyerId).HasDatabaseName("ix_meeting_requests_buyer");
        builder.HasIndex(r => r.RegistrationId).HasDatabaseName("ix_meeting_requests_registration");
    }
}
