using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.ToTable("event_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.EventId).HasColumnName("event_id");
        builder.HasOne<InternationalEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        builder.Property(r => r.OrganisationName).HasColumnName("organisation_name").HasMaxLength(300);
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.WaitListPosition).HasColumnName("wait_list_position");
        builder.Property(r => r.RegisteredAt).HasColumnName("registered_at");
        builder.Property(r => r.ConfirmedAt).HasColumnName("confirmed_at");
        builder.Property(r => r.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsActive);

        // One registration per organisation and event; a cancelled one is taken up again.
        builder.HasIndex(r => new { r.EventId, r.OrganisationId }).IsUnique().HasDatabaseName("ux_event_registrations_event_organisation");
        builder.HasIndex(r => new { r.EventId, r.RegisteredAt, r.Id }).HasDatabaseName("ix_event_registrations_event");
        builder.HasIndex(r => r.OrganisationId).HasDatabaseName("ix_event_registrations_organisation");
    }
}
