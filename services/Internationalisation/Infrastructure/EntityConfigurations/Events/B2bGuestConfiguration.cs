using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class B2bGuestConfiguration : IEntityTypeConfiguration<B2bGuest>
{
    public void Configure(EntityTypeBuilder<B2bGuest> builder)
    {
        builder.ToTable("b2b_guests");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(g => g.EventId).HasColumnName("event_id");
        builder.HasOne<InternationalEvent>().WithMany().HasForeignKey(g => g.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(g => g.Country).HasColumnName("country").HasMaxLength(2);
        builder.Property(g => g.Organisation).HasColumnName("organisation").HasMaxLength(300);
        builder.Property(g => g.AddedAt).HasColumnName("added_at");
        builder.HasIndex(g => new { g.EventId, g.AddedAt, g.Id }).HasDatabaseName("ix_b2b_guests_event");
    }
}
