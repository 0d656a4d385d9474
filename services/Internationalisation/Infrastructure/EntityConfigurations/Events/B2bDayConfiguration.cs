using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class B2bDayConfiguration : IEntityTypeConfiguration<B2bDay>
{
    public void Configure(EntityTypeBuilder<B2bDay> builder)
    {
        builder.ToTable("b2b_days");
        builder.HasKey(d => d.EventId);
        builder.Property(d => d.EventId).HasColumnName("event_id").ValueGeneratedNever();
        builder.HasOne<InternationalEvent>().WithOne().HasForeignKey<B2bDay>(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.SlotMinutes).HasColumnName("slot_minutes");
        builder.Property(d => d.SlotCount).HasColumnName("slot_count");
        builder.Property(d => d.Breaks).HasColumnName("breaks");
        builder.Property(d => d.TableCount).HasColumnName("table_count");
        builder.Property(d => d.AgendaStatus).HasColumnName("agenda_status").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ScheduledAt).HasColumnName("scheduled_at");
        builder.Property(d => d.UpdatedAt).HasColumnName("updated_at");
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.MeetingSlots);
    }
}
