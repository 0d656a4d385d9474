using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Collaborations;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Collaborations;

internal sealed class CollaborationConfiguration : IEntityTypeConfiguration<Collaboration>
{
    public void Configure(EntityTypeBuilder<Collaboration> builder)
    {
        builder.ToTable("collaborations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.ClusterCode).HasColumnName("cluster_code").HasMaxLength(30);
        builder.Property(c => c.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Title).HasColumnName("title").HasMaxLength(300);
        builder.Property(c => c.PartnerName).HasColumnName("partner_name").HasMaxLength(300);
        builder.Property(c => c.PartnerRegion).HasColumnName("partner_region").HasMaxLength(200);
        builder.Property(c => c.PartnerCountry).HasColumnName("partner_country").HasMaxLength(2);
        builder.Property(c => c.StartsOn).HasColumnName("starts_on");
        builder.Property(c => c.EndsOn).HasColumnName("ends_on");
        builder.Property(c => c.RecordedBy).HasColumnName("recorded_by").HasMaxLength(300);
        builder.Property(c => c.RecordedAt).HasColumnName("recorded_at");
        builder.Ignore(c => c.IsInterRegional);
        builder.HasIndex(c => new { c.RecordedAt, c.Id }).HasDatabaseName("ix_collaborations_recorded");
        builder.HasIndex(c => new { c.PartnerCountry, c.ClusterCode }).HasDatabaseName("ix_collaborations_country_cluster");
    }
}
