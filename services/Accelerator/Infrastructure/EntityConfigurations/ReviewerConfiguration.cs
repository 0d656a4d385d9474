using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class ReviewerConfiguration : IEntityTypeConfiguration<Reviewer>
{
    public void Configure(EntityTypeBuilder<Reviewer> builder)
    {
        builder.ToTable("reviewers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.HasIndex(r => r.Subject).IsUnique().HasDatabaseName("ux_reviewers_subject");
        builder.Property(r => r.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        builder.Property(r => r.RegisteredAt).HasColumnName("registered_at");
        builder.HasIndex(r => new { r.Name, r.Id }).HasDatabaseName("ix_reviewers_name");
    }
}
