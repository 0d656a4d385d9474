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
        builder.Ignore(p => p.HasUnsubmittedChanges);
        builder.Ignore(p => p.LastReceipt);
        builder.Ignore(p => p.EligibilityCanChange);

        // An organisation leads at most one live proposal per call, even when two requests race.
        builder.HasIndex(p => new { p.CallId, p.LeadOrganisationId }).IsUnique()
            .HasFilter($"status <> '{nameof(ProposalStatus.Withdrawn)}'").HasDatabaseName("ux_proposals_one_per_lead");
        builder.HasIndex(p => new { p.CallId, p.Status }).HasDatabaseName("ix_proposals_call_status");
        // "Proposals my organisation takes part in" reads this array.
        builder.HasIndex(p => p.ParticipantIds).HasMethod("gin").HasDatabaseName("ix_proposals_participants");
    }
}
