using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ApplicationId).HasColumnName("application_id");
        builder.HasOne<Application>().WithMany().HasForeignKey(r => r.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.IntakeId).HasColumnName("intake_id");
        builder.Property(r => r.ReviewerId).HasColumnName("reviewer_id");
        builder.HasOne<Reviewer>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.AssignedAt).HasColumnName("assigned_at");
        builder.ComplexCollection(r => r.Scores, s => s.ToJson("scores"));
        builder.Property(r => r.WeightedScore).HasColumnName("weighted_score").HasPrecision(5, 2);
        builder.Property(r => r.ScoredAt).HasColumnName("scored_at");
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasIndex(r => new { r.ApplicationId, r.ReviewerId }).IsUnique().HasDatabaseName("ux_reviews_once_per_reviewer");
        builder.HasIndex(r => new { r.ReviewerId, r.AssignedAt, r.Id }).HasDatabaseName("ix_reviews_reviewer");
    }
}
