using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiedmontSystem.OrganisationReplica;

internal sealed class ReplicatedOrganisationConfiguration : IEntityTypeConfiguration<ReplicatedOrganisation>
{
    public void Configure(EntityTypeBuilder<ReplicatedOrganisation> builder)
    {
        builder.ToTable("registry_organisations");
        builder.HasKey(o => o.OrganisationId);
        builder.Property(o => o.OrganisationId).HasColumnName("organisation_id").ValueGeneratedNever();
        builder.Property(o => o.LegalName).HasColumnName("legal_name").HasMaxLength(300);
        builder.Property(o => o.VatNumber).HasColumnName("vat_number").HasMaxLength(11);
        builder.Property(o => o.Kind).HasColumnName("kind").HasMaxLength(40);
        builder.Property(o => o.Province).HasColumnName("province").HasMaxLength(2);
        builder.Property(o => o.SizeClass).HasColumnName("size_class").HasMaxLength(10);
        builder.Property(o => o.InnovativeStartup).HasColumnName("innovative_startup");
        builder.Property(o => o.AtecoCode).HasColumnName("ateco_code").HasMaxLength(8);
        builder.Property(o => o.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(o => o.FoundedOn).HasColumnName("founded_on");
        builder.Property(o => o.RegisteredAt).HasColumnName("registered_at");
        builder.Property(o => o.ChangedAt).HasColumnName("changed_at");
    }
}
