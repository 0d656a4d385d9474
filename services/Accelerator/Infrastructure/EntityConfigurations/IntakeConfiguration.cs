using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.ToTable("intakes");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(i => i.ProgrammeId).HasColumnName("programme_id");
        builder.HasOne<AcceleratorProgramme>().WithMany().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Code).HasColumnName("code").HasMaxLength(40);
        builder.HasIndex(i => i.Code).IsUnique().HasDatabaseName("ux_intakes_code");
        builder.Property(i => i.Year).HasColumnName("year");
        builder.ComplexProperty(i => i.Title, n => n.Localized("title", 300));
        builder.ComplexProperty(i => i.Description, n => n.Localized("description", 20000));
        builder.Property(i => i.PrioritySystems).HasColumnName("priority_systems");
        builder.ComplexProperty(i => i.Eligibility, e => e.ToJson("eligibility"));
        builder.Property(i => i.OpensAt).HasColumnName("opens_at");
        builder.Property(i => i.Deadline).HasColumnName("deadline_at");
        builder.Property(i => i.CohortCapacity).HasColumnName("cohort_capacity");
        builder.Property(i => i.ServiceMonths).HasColumnName("service_months");
        builder.ComplexCollection(i => i.Services, s => s.ToJson("services"));
        builder.Property(i => i.ProviderIds).HasColumnName("provider_ids");
        builder.ComplexCollection(i => i.Rubric, r => r.ToJson("rubric"));
        builder.ComplexCollection(i => i.Amendments, a => a.ToJson("amendments"));
        builder.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ClosedEarlyReason).HasColumnName("closed_early_reason").HasMaxLength(1000);
        builder.Property(i => i.PublishedAt).HasColumnName("published_at");
        builder.Property(i => i.CohortCompletedAt).HasColumnName("cohort_completed_at");
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.Property(i => i.UpdatedAt).HasColumnName("updated_at");
        builder.Property(i => i.Version).IsRowVersion();

        // The intake clock looks for intakes whose opening or deadline has come; the public list orders by deadline.
        builder.HasIndex(i => new { i.Status, i.Deadline }).HasDatabaseName("ix_intakes_status_deadline");
        builder.HasIndex(i => new { i.Deadline, i.Id }).HasDatabaseName("ix_intakes_deadline");
    }
}
