using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class BuyerConfiguration : IEntityTypeConfiguration<Buyer>
{
    public void Configure(EntityTypeBuilder<Buyer> builder)
    {
        builder.ToTable("buyers");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(b => b.Name).HasColumnName("name").HasMaxLength(300);
        builder.Property(b => b.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Country).HasColumnName("country").HasMaxLength(2);
        builder.Property(b => b.Region).HasColumnName("region").HasMaxLength(100);
        builder.Property(b => b.FromOutsideRegion).HasColumnName("from_outside_region");
        builder.Property(b => b.RegistryOrganisationId).HasColumnName("registry_organisation_id");
        builder.Property(b => b.OrganisationId).HasColumnName("organisation_id");
        builder.Property(b => b.Website).HasColumnName("website").HasMaxLength(300);
        builder.Property(b => b.CreatedAt).HasColumnName("created_at");
        builder.Property(b => b.UpdatedAt).HasColumnName("updated_at");
        builder.Property(b => b.Version).IsRowVersion();

        // A buyer's users are found by the org claim of their token: one buyer per organisation.
        builder.HasIndex(b => b.OrganisationId).IsUnique().HasDatabaseName("ux_buyers_organisation_id");
        builder.HasIndex(b => new { b.Name, b.Id }).HasDatabaseName("ix_buyers_name");
    }
}
