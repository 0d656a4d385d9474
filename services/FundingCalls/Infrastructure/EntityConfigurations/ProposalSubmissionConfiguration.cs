using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

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
