using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Infrastructure.EntityConfigurations;

internal sealed class PartnerSystemConfiguration : IEntityTypeConfiguration<PartnerSystem>
{
    public void Configure(EntityTypeBuilder<PartnerSystem> partner)
    {
        partner.ToTable("partner_systems");
        partner.HasKey(p => p.Id);
        partner.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        partner.Property(p => p.ClientId).HasColumnName("client_id").HasMaxLength(100);
        partner.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
        partner.Property(p => p.Areas).HasColumnName("event_areas");
        partner.Property(p => p.RegisteredAt).HasColumnName("registered_at");
        partner.Property(p => p.RegisteredBy).HasColumnName("registered_by").HasMaxLength(300);
        partner.Property(p => p.SecretRotatedAt).HasColumnName("secret_rotated_at");
        partner.Property(p => p.RemovedAt).HasColumnName("removed_at");
        partner.Property(p => p.RemovedBy).HasColumnName("removed_by").HasMaxLength(300);
        partner.Ignore(p => p.Scopes);
        partner.HasIndex(p => p.ClientId).IsUnique();
        partner.HasIndex(p => new { p.RegisteredAt, p.Id });
    }
}
