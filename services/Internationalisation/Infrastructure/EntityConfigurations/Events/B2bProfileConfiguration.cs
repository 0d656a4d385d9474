using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class B2bProfileConfiguration : IEntityTypeConfiguration<B2bProfile>
{
    public void Configure(EntityTypeBuilder<B2bProfile> builder)
    {
        builder.ToTable("b2b_profiles");
        builder.HasKey(p => p.ParticipantId);
        builder.Property(p => p.ParticipantId).HasColumnName("participant_id").ValueGeneratedNever();
        builder.Property(p => p.EventId).HasColumnName("event_id");
        builder.HasOne<InternationalEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Offer).HasColumnName("offer").HasMaxLength(B2bProfile.MaxText);
        builder.Property(p => p.Seek).HasColumnName("seek").HasMaxLength(B2bProfile.MaxText);
        builder.Property(p => p.UnavailableSlots).HasColumnName("unavailable_slots");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(p => p.EventId).HasDatabaseName("ix_b2b_profiles_event");
    }
}
