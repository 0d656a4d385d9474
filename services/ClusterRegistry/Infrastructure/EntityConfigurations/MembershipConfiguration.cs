using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.OrganisationId).HasColumnName("organisation_id");
        builder.Property(m => m.ClusterId).HasColumnName("cluster_id");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cluster>().WithMany().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.RequestedAt).HasColumnName("requested_at");
        builder.Property(m => m.ActiveSince).HasColumnName("active_since");
        builder.Property(m => m.UpdatedAt).HasColumnName("updated_at");
        builder.Property(m => m.Synthetic).HasColumnName("synthetic");
        builder.Property(m => m.Version).IsRowVersion();
        builder.ComplexCollection(m => m.Steps, steps => steps.ToJson("steps"));

        // One open (requested, active or suspended) membership per organisation and cluster, even under races.
        builder.HasIndex(m => new { m.OrganisationId, m.ClusterId })
            .IsUnique()
            .HasFilter("status IN ('Requested', 'Active', 'Suspended')")
            .HasDatabaseName("ux_memberships_open");
        // Members of a cluster, pending requests of a cluster, and the cluster filter of organisation search.
        builder.HasIndex(m => new { m.ClusterId, m.Status, m.OrganisationId }).HasDatabaseName("ix_memberships_cluster_status");
    }
}
