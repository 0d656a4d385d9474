using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> builder)
    {
        builder.ToTable("session_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.SessionId).HasColumnName("session_id");
        builder.HasOne<MatchmakingSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        builder.Property(r => r.OrganisationName).HasColumnName("organisation_name").HasMaxLength(300);
        builder.Property(r => r.Pitch).HasColumnName("pitch").HasMaxLength(2000);
        builder.Property(r => r.AvailableSlots).HasColumnName("available_slots");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RegisteredAt).HasColumnName("registered_at");
        builder.Property(r => r.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsActive);

        // One registration per organisation and session; a cancelled one is taken up again.
        builder.HasIndex(r => new { r.SessionId, r.OrganisationId }).IsUnique().HasDatabaseName("ux_session_registrations_session_organisation");
        builder.HasIndex(r => new { r.SessionId, r.RegisteredAt, r.Id }).HasDatabaseName("ix_session_registrations_session");
        builder.HasIndex(r => r.OrganisationId).HasDatabaseName("ix_session_registrations_organisation");
    }
}
