using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<FundingCall>
{
    public void Configure(EntityTypeBuilder<FundingCall> builder)
    {
        builder.ToTable("calls", t => t.HasCheckConstraint("ck_calls_budget_not_overcommitted", "committed_eur >= 0 AND committed_eur <= budget_eur"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.ProgrammeId).HasColumnName("programme_id");
        builder.HasOne<Programme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Code).HasColumnName("code").HasMaxLength(40);
        builder.HasIndex(c => c.Code).IsUnique().HasDatabaseName("ux_calls_code");
        builder.ComplexProperty(c => c.Title, n => n.Localized("title", 300));
        builder.ComplexProperty(c => c.Text, n => n.Localized("text", 20000));
        builder.Property(c => c.Instrument).HasColumnName("instrument").HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.EligibleKinds).HasColumnName("eligible_kinds");
        builder.Property(c => c.EligibleSizeClasses).HasColumnName("eligible_size_classes");
        builder.Property(c => c.EligiblePrioritySystems).HasColumnName("eligible_priority_systems");
        builder.Property(c => c.EligibleComponents).HasColumnName("eligible_components");
        builder.Property(c => c.EndorsementRequired).HasColumnName("endorsement_required");
        builder.ComplexProperty(c => c.Consortium, rules =>
        {
            rules.Property(r => r.MinParticipants).HasColumnName("min_participants");
            rules.Property(r => r.MaxParticipants).HasColumnName("max_participants");
            rules.Property(r => r.RequiresSme).HasColumnName("requires_sme");
        });
        builder.Property(c => c.MinGrantEur).HasColumnName("min_grant_eur").HasPrecision(14, 2);
        builder.Property(c => c.MaxGrantEur).HasColumnName("max_grant_eur").HasPrecision(14, 2);
        builder.Property(c => c.BudgetEur).HasColumnName("budget_eur").HasPrecision(14, 2);
        builder.Property(c => c.CommittedEur).HasColumnName("committed_eur").HasPrecision(14, 2);
        builder.Property(c => c.OpensAt).HasColumnName("opens_at");
        builder.Property(c => c.Deadline).HasColumnName("deadline_at");
        builder.ComplexCollection(c => c.Criteria, criteria => criteria.ToJson("criteria"));
        builder.Property(c => c.PassThreshold).HasColumnName("pass_threshold").HasPrecision(6, 2);
        builder.Property(c => c.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PublishedAt).HasColumnName("published_at");
        builder.Property(c => c.EvaluationCompletedAt).HasColumnName("evaluation_completed_at");
        builder.ComplexCollection(c => c.Amendments, amendments => amendments.ToJson("amendments"));
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.Terms);
        builder.Ignore(c => c.RemainingEur);
        builder.Ignore(c => c.RankingIsPublic);

        // The call clock looks for calls whose opening or deadline has come; the public list filters by deadline.
        builder.HasIndex(c => new { c.Status, c.Deadline }).HasDatabaseName("ix_calls_status_deadline");
        builder.HasIndex(c => new { c.Deadline, c.Id }).HasDatabaseName("ix_calls_deadline");
    }
}
