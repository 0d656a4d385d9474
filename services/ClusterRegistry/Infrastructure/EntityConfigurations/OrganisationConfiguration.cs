using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.LegalName).HasColumnName("legal_name").HasMaxLength(300);
        builder.Property(o => o.VatNumber).HasColumnName("vat_number").HasMaxLength(11);
        builder.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Province).HasColumnName("province").HasConversion<string>().HasMaxLength(2);
        builder.Property(o => o.RegisteredAt).HasColumnName("registered_at");

        // A VAT number identifies one organisation: the database enforces it even under races.
        builder.HasIndex(o => o.VatNumber).IsUnique().HasDatabaseName("ux_organisations_vat_number");
    }
}
