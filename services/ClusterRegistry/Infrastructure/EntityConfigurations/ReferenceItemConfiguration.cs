using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class ReferenceItemConfiguration : IEntityTypeConfiguration<ReferenceItem>
{
    public void Configure(EntityTypeBuilder<ReferenceItem> builder)
    {
        builder.ToTable("reference_items");
        builder.HasKey(r => new { r.Category, r.Code });
        builder.Property(r => r.Category).HasColumnName("category").HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Code).HasColumnName("code").HasMaxLength(60);
        builder.ComplexProperty(r => r.Name, n => n.Localized("name", 300));
        builder.Property(r => r.SortOrder).HasColumnName("sort_order");
    }
}
