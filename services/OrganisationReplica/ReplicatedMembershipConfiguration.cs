using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiedmontSystem.OrganisationReplica;

internal sealed class ReplicatedMembershipConfiguration : IEntityTypeConfiguration<ReplicatedMembership>
{
    public void Configure(EntityTypeBuilder<ReplicatedMembership> builder)
    {
        builder.ToTable("registry_memberships");
        builder.HasKey(m => m.MembershipId);
        builder.Property(m => m.MembershipId).HasColumnName("membership_id").ValueGeneratedNever();
        builder.Property(m => m.OrganisationId).HasColumnName("organisation_id");
        builder.Property(m => m.ClusterId).HasColumnName("cluster_id");
        builder.Property(m => m.ClusterCode).HasColumnName("cluster_code").HasMaxLength(30);
        builder.Property(m => m.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(m => m.ChangedAt).HasColumnName("changed_at");
        builder.Ignore(m => m.IsActive);
        builder.HasIndex(m => new { m.OrganisationId, m.ClusterCode }).HasDatabaseName("ix_registry_memberships_organisation");
    }
}
