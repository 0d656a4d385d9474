using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class ServiceDeliveryConfiguration : IEntityTypeConfiguration<ServiceDelivery>
{
    public void Configure(EntityTypeBuilder<ServiceDelivery> builder)
    {
        builder.ToTable("service_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.ApplicationId).HasColumnName("application_id");
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.IntakeId).HasColumnName("intake_id");
        builder.Property(d => d.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Hours).HasColumnName("hours").HasPrecision(6, 2);
        builder.Property(d => d.ProviderId).HasColumnName("provider_id");
        builder.Property(d => d.DeliveredOn).HasColumnName("delivered_on");
        builder.Property(d => d.Note).HasColumnName("note").HasMaxLength(2000);
        builder.Property(d => d.RecordedBy).HasColumnName("recorded_by").HasMaxLength(300);
        builder.Property(d => d.RecordedAt).HasColumnName("recorded_at");
        builder.HasIndex(d => new { d.ApplicationId, d.DeliveredOn }).HasDatabaseName("ix_service_deliveries_application");
    }
}
