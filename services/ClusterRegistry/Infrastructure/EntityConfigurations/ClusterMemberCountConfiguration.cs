using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class ClusterMemberCountConfiguration : IEntityTypeConfiguration<ClusterMemberCount>
{
    public void Configure(EntityTypeBuilder<ClusterMemberCount> builder)
    {
        builder.ToTable("cluster_member_counts");
        builder.HasKey(c => c.ClusterId);
        builder.Property(c => c.ClusterId).HasColumnName("cluster_id").ValueGeneratedNever();
        builder.Property(c => c.ActiveMembers).HasColumnName("active_members");
        builder.HasOne<Cluster>().WithOne().HasForeignKey<ClusterMemberCount>(c => c.ClusterId).OnDelete(DeleteBehavior.Cascade);
    }
}
