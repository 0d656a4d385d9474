using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.ToTable("collaborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.ClusterId).HasColumnName("cluster_id");
        builder.HasOne<Cluster>().WithMany().HasForeignKey(c => c.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Title).HasColumnName("title").HasMaxLength(500);
        builder.Property(c => c.PartnerName).HasColumnName("partner_name").HasMaxLength(300);
        builder.Property(c => c.PartnerRegion).HasColumnName("partner_region").HasMaxLength(200);
        builder.Property(c => c.PartnerCountry).HasColumnName("partner_country").HasMaxLength(2);
        builder.Property(c => c.StartsOn).HasColumnName("starts_on");
        builder.Property(c => c.SourceId).HasColumnName("source_id");
        builder.Property(c => c.RecordedAt).HasColumnName("recorded_at");
        builder.Property(c => c.Synthetic).HasColumnName("synthetic");
        builder.HasIndex(c => c.SourceId).IsUnique().HasDatabaseName("ux_collaborations_source");
        builder.HasIndex(c => new { c.ClusterId, c.RecordedAt }).HasDatabaseName("ix_collaborations_cluster");
    }
}
