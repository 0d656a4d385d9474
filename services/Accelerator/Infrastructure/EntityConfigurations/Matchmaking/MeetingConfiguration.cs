using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    /// <summary>Unique index names the booking endpoint maps to its problems.</summary>
    public const string RequestLive = "ux_meetings_request_live";

    private const string Live = "status <> 'Cancelled'";

    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.SessionId).HasColumnName("session_id");
        builder.HasOne<MatchmakingSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.RequestId).HasColumnName("request_id");
        builder.HasOne<MeetingRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.RegistrationId).HasColumnName("registration_id");
        builder.Property(m => m.ParticipantOrganisationId).HasColumnName("participant_organisation_id");
        builder.Property(m => m.BuyerId).HasColumnName("buyer_id");
        builder.Property(m => m.Slot).HasColumnName("slot");
        builder.Property(m => m.Table).HasColumnName("table_number");
        builder.Property(m => m.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Origin).HasColumnName("origin").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.PlacedAt).HasColumnName("placed_at");
        builder.Property(m => m.PlacedBy).HasColumnName("placed_by").HasMaxLength(300);
        builder.Property(m => m.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(m => m.CancelledBy).HasColumnName("cancelled_by").HasMaxLength(300);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Ignore(m => m.IsLive);

        // No double booking, even when bookings race: among live meetings, one per organisation,
        // per buyer and per table in each slot of a session, and one per request.
        builder.HasIndex(m => new { m.SessionId, m.ParticipantOrganisationId, m.Slot }).IsUnique().HasFilter(Live).HasDatabaseName("ux_meetings_participant_slot");
        builder.HasIndex(m => new { m.SessionId, m.BuyerId, m.Slot }).IsUnique().HasFilter(Live).HasDatabaseName("ux_meetings_buyer_slot");
        builder.HasIndex(m => new { m.SessionId, m.Table, m.Slot }).IsUnique().HasFilter(Live).HasDatabaseName("ux_meetings_table_slot");
        builder.HasIndex(m => m.RequestId).IsUnique().HasFilter(Live).HasDatabaseName(RequestLive);
        builder.HasIndex(m => new { m.SessionId, m.Slot, m.Id }).HasDatabaseName("ix_meetings_session_slot");
        builder.HasIndex(m => m.RegistrationId).HasDatabaseName("ix_meetings_registration");
    }
}
