using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Events;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Events;

internal sealed class InternationalEventConfiguration : IEntityTypeConfiguration<InternationalEvent>
{
    public void Configure(EntityTypeBuilder<InternationalEvent> builder)
    {
        builder.ToTable("international_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(e => e.Title, t => t.Localized("title", 300));
        builder.Property(e => e.Country).HasColumnName("country").HasMaxLength(2);
        builder.Property(e => e.City).HasColumnName("city").HasMaxLength(200);
        builder.Property(e => e.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
        builder.Property(e => e.StartsAt).HasColumnName("starts_at");
        builder.Property(e => e.EndsAt).HasColumnName("ends_at");
        builder.Property(e => e.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(e => e.Capacity).HasColumnName("capacity");
        builder.Property(e => e.RegistrationDeadline).HasColumnName("registration_deadline");
        builder.Property(e => e.FeeEur).HasColumnName("fee_eur").HasPrecision(12, 2);
        builder.Property(e => e.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.PublishedAt).HasColumnName("published_at");
        builder.Property(e => e.CancelledAt).HasColumnName("cancelled_at");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.IsPublic);

        builder.HasIndex(e => new { e.StartsAt, e.Id }).HasDatabaseName("ix_international_events_starts_at");
    }
}
