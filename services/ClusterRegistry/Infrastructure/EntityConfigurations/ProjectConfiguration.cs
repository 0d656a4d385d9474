using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.Title).HasColumnName("title").HasMaxLength(500);
        builder.Property(p => p.LeadOrganisationId).HasColumnName("lead_organisation_id");
        builder.Property(p => p.PartnerOrganisationIds).HasColumnName("partner_organisation_ids");
        builder.Property(p => p.ClusterIds).HasColumnName("cluster_ids");
        builder.Property(p => p.AmountEur).HasColumnName("amount_eur").HasPrecision(16, 2);
        builder.Property(p => p.Source).HasColumnName("source").HasMaxLength(200);
        builder.Property(p => p.SourceId).HasColumnName("source_id");
        builder.Property(p => p.RecordedAt).HasColumnName("recorded_at");
        builder.Property(p => p.Synthetic).HasColumnName("synthetic");
        builder.HasIndex(p => p.SourceId).IsUnique().HasDatabaseName("ux_projects_source");
        builder.HasIndex(p => new { p.RecordedAt, p.Id }).HasDatabaseName("ix_projects_recorded");
        builder.HasIndex(p => p.ClusterIds).HasMethod("gin").HasDatabaseName("ix_projects_clusters");
    }
}
