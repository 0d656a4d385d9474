using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.CallId).HasColumnName("call_id");
        builder.HasOne<FundingCall>().WithMany().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.LeadOrganisationId).HasColumnName("lead_organisation_id");
        builder.ComplexProperty(p => p.Content, c => c.ToJson("content"));
        builder.ComplexProperty(p => p.Submitted, c => c.ToJson("submitted"));
        builder.Property(p => p.ParticipantIds).HasColumnName("participant_ids");
        builder.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SubmissionVersion).HasColumnName("submission_version");
        builder.Property(p => p.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(p => p.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
        builder.ComplexCollection(p => p.IneligibilityReasons, r => r.ToJson("ineligibility_reasons"));
        builder.ComplexProperty(p => p.Endorsement, e => e.ToJson("endorsement"));
        builder.Property(p => p.WeightedTotal).HasColumnName("weighted_total").HasPrecision(6, 2);
        builder.Property(p => p.FailedThresholds).HasColumnName("failed_thresholds");
        builder.Property(p => p.RankPosition).HasColumnName("rank_position");
        builder.Property(p => p.WithdrawalReason).HasColumnName("withdrawal_reason").HasMaxLength(1000);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.IsSubmitted);
        builder.Ignore(p => p.Current);

        // An organisation leads at most one live proposal per call, even when two requests race.
        builder.HasIndex(p => new { p.CallId, p.LeadOrganisationId }).IsUnique()
            .HasFilter("status <> 'Withdrawn'").HasDatabaseName("ux_proposals_one_per_lead");
        builder.HasIndex(p => new { p.CallId, p.Status }).HasDatabaseName("ix_proposals_call_status");
        // "Proposals my organisation takes part in" reads this array.
        builder.HasIndex(p => p.ParticipantIds).HasMethod("gin").HasDatabaseName("ix_proposals_participants");
    }
}

internal sealed class ProposalSubmissionConfiguration : IEntityTypeConfiguration<ProposalSubmission>
{
    public void Configure(EntityTypeBuilder<ProposalSubmission> builder)
    {
        builder.ToTable("proposal_submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.ProposalId).HasColumnName("proposal_id");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Version).HasColumnName("version");
        builder.Property(s => s.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(s => s.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(300);
        builder.Property(s => s.ContentHash).HasColumnName("content_hash").HasMaxLength(64);
        builder.Property(s => s.Eligible).HasColumnName("eligible");
        builder.ComplexProperty(s => s.Content, c => c.ToJson("content"));
        builder.HasIndex(s => new { s.ProposalId, s.Version }).IsUnique().HasDatabaseName("ux_proposal_submissions_version");
    }
}

internal sealed class EvaluatorConfiguration : IEntityTypeConfiguration<Evaluator>
{
    public void Configure(EntityTypeBuilder<Evaluator> builder)
    {
        builder.ToTable("evaluators");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.HasIndex(e => e.Subject).IsUnique().HasDatabaseName("ux_evaluators_subject");
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Email).HasColumnName("email").HasMaxLength(200);
        builder.Property(e => e.OrganisationId).HasColumnName("organisation_id");
        builder.Property(e => e.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.ProposalId).HasColumnName("proposal_id");
        builder.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.CallId).HasColumnName("call_id");
        builder.Property(a => a.EvaluatorId).HasColumnName("evaluator_id");
        builder.HasOne<Evaluator>().WithMany().HasForeignKey(a => a.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.AssignedAt).HasColumnName("assigned_at");
        builder.Property(a => a.AssignedBy).HasColumnName("assigned_by").HasMaxLength(300);
        builder.ComplexCollection(a => a.Scores, s => s.ToJson("scores"));
        builder.Property(a => a.ScoredAt).HasColumnName("scored_at");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.IsScored);
        builder.HasIndex(a => new { a.ProposalId, a.EvaluatorId }).IsUnique().HasDatabaseName("ux_assignments_proposal_evaluator");
        builder.HasIndex(a => new { a.EvaluatorId, a.AssignedAt }).HasDatabaseName("ix_assignments_evaluator");
    }
}

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(g => g.ProposalId).HasColumnName("proposal_id");
        builder.HasOne<Proposal>().WithOne().HasForeignKey<Grant>(g => g.ProposalId).OnDelete(DeleteBehavior.Restrict);
        // One grant per proposal: a second award of the same proposal fails in the database too.
        builder.HasIndex(g => g.ProposalId).IsUnique().HasDatabaseName("ux_grants_proposal");
        builder.Property(g => g.CallId).HasColumnName("call_id");
        builder.HasOne<FundingCall>().WithMany().HasForeignKey(g => g.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.CallId).HasDatabaseName("ix_grants_call");
        builder.Property(g => g.AmountEur).HasColumnName("amount_eur").HasPrecision(14, 2);
        builder.Property(g => g.EuShareEur).HasColumnName("eu_share_eur").HasPrecision(14, 2);
        builder.Property(g => g.RegionalShareEur).HasColumnName("regional_share_eur").HasPrecision(14, 2);
        builder.Property(g => g.AwardedAt).HasColumnName("awarded_at");
        builder.Property(g => g.AwardedBy).HasColumnName("awarded_by").HasMaxLength(300);
    }
}
