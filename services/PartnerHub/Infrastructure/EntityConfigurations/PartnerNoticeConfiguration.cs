using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.Notices;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class PartnerNoticeConfiguration : IEntityTypeConfiguration<PartnerNotice>
{
    public void Configure(EntityTypeBuilder<PartnerNotice> builder)
    {
        builder.ToTable("partner_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.PartnerId).HasColumnName("partner_id").HasMaxLength(100);
        builder.Property(n => n.SubscriptionId).HasColumnName("subscription_id");
        builder.Property(n => n.Kind).HasColumnName("kind").HasMaxLength(60);
        builder.Property(n => n.Message).HasColumnName("message").HasMaxLength(1000);
        builder.Property(n => n.RaisedAt).HasColumnName("raised_at");
        builder.HasIndex(n => new { n.PartnerId, n.RaisedAt, n.Id }).HasDatabaseName("ix_partner_notices_partner");
    }
}
