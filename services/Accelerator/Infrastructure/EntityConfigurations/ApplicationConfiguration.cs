using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.IntakeId).HasColumnName("intake_id");
        builder.HasOne<Intake>().WithMany().HasForeignKey(a => a.IntakeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.OrganisationId).HasColumnName("organisation_id");
        builder.ComplexProperty(a => a.Content, c => c.ToJson("content"));
        builder.ComplexProperty(a => a.Submitted, c => c.ToJson("submitted"));
        builder.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SubmissionVersion).HasColumnName("submission_version");
        builder.Property(a => a.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(a => a.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
        builder.ComplexCollection(a => a.EligibilityFailures, f => f.ToJson("eligibility_failures"));
        builder.Property(a => a.ScreeningReason).HasColumnName("screening_reason").HasMaxLength(1000);
        builder.ComplexProperty(a => a.Interview, i => i.ToJson("interview"));
        builder.Property(a => a.Score).HasColumnName("score").HasPrecision(5, 2);
        builder.Property(a => a.WaitListPosition).HasColumnName("wait_list_position");
        builder.Property(a => a.DecisionReason).HasColumnName("decision_reason").HasMaxLength(1000);
        builder.Property(a => a.DecidedAt).HasColumnName("decided_at");
        builder.Property(a => a.AdmittedAt).HasColumnName("admitted_at");
        builder.Property(a => a.CompletedOn).HasColumnName("completed_on");
        builder.Property(a => a.DroppedOutOn).HasColumnName("dropped_out_on");
        builder.Property(a => a.DropOutReason).HasColumnName("drop_out_reason").HasMaxLength(1000);
        builder.Property(a => a.WithdrawalReason).HasColumnName("withdrawal_reason").HasMaxLength(1000);
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Current);
        builder.Ignore(a => a.HasUnsubmittedChanges);
        builder.Ignore(a => a.LastReceipt);
        builder.Ignore(a => a.IsActiveInCohort);

        // One live application per organisation and intake, even when two requests race.
        builder.HasIndex(a => new { a.IntakeId, a.OrganisationId }).IsUnique()
            .HasFilter($"status <> '{nameof(ApplicationStatus.Withdrawn)}'").HasDatabaseName("ux_applications_one_per_organisation");
        builder.HasIndex(a => new { a.IntakeId, a.Status }).HasDatabaseName("ix_applications_intake_status");
        builder.HasIndex(a => new { a.OrganisationId, a.CreatedAt }).HasDatabaseName("ix_applications_organisation");
        // A wait-list position is held by one application of the intake.
        builder.HasIndex(a => new { a.IntakeId, a.WaitListPosition }).IsUnique().HasFilter("wait_list_position IS NOT NULL").HasDatabaseName("ux_applications_wait_list");
    }
}
