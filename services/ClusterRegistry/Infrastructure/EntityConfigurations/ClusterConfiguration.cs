using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.ToTable("clusters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.Code).HasColumnName("code").HasMaxLength(30);
        builder.HasIndex(c => c.Code).IsUnique().HasDatabaseName("ux_clusters_code");
        builder.ComplexProperty(c => c.Name, n => n.Localized("name", 200));
        builder.ComplexProperty(c => c.Description, n => n.Localized("description", 4000));
        builder.ComplexProperty(c => c.Domain, n => n.Localized("domain", 300));
        builder.Property(c => c.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SuccessorId).HasColumnName("successor_id");
        builder.HasOne<Cluster>().WithMany().HasForeignKey(c => c.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(c => c.TransversalRoles).HasColumnName("transversal_roles");
        builder.Property(c => c.ManagingOrganisationIds).HasColumnName("managing_organisation_ids");
        builder.Property(c => c.EstablishedIn).HasColumnName("established_in");
        builder.Property(c => c.ClosedIn).HasColumnName("closed_in");
        builder.Property(c => c.Website).HasColumnName("website").HasMaxLength(300);
        builder.ComplexProperty(c => c.Contacts, contacts =>
        {
            contacts.Property(x => x.Email).HasColumnName("contact_email").HasMaxLength(200);
            contacts.Property(x => x.Phone).HasColumnName("contact_phone").HasMaxLength(50);
            contacts.Property(x => x.Address).HasColumnName("contact_address").HasMaxLength(300);
        });
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.Property(c => c.Version).IsRowVersion();
    }
}
