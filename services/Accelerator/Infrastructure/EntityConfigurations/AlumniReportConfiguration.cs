using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class AlumniReportConfiguration : IEntityTypeConfiguration<AlumniReport>
{
    public void Configure(EntityTypeBuilder<AlumniReport> builder)
    {
        builder.ToTable("alumni_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ApplicationId).HasColumnName("application_id");
        builder.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.IntakeId).HasColumnName("intake_id");
        builder.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        builder.Property(r => r.Year).HasColumnName("year");
        builder.Property(r => r.PeriodEnd).HasColumnName("period_end");
        builder.Property(r => r.DueOn).HasColumnName("due_on");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RequestedAt).HasColumnName("requested_at");
        builder.Property(r => r.Reminders).HasColumnName("reminders");
        builder.Property(r => r.LastRemindedAt).HasColumnName("last_reminded_at");
        builder.ComplexProperty(r => r.Figures, f => f.ToJson("figures"));
        builder.Property(r => r.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasIndex(r => new { r.ApplicationId, r.Year }).IsUnique().HasDatabaseName("ux_alumni_reports_year");
        // The report clock looks for reports to request or remind; managers list the late ones.
        builder.HasIndex(r => new { r.Status, r.PeriodEnd }).HasDatabaseName("ix_alumni_reports_status");
        builder.HasIndex(r => new { r.OrganisationId, r.PeriodEnd }).HasDatabaseName("ix_alumni_reports_organisation");
    }
}
