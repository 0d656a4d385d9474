using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

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
