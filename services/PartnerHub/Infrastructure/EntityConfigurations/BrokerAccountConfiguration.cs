using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.BrokerAccounts;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class BrokerAccountConfiguration : IEntityTypeConfiguration<BrokerAccount>
{
    public const string OneLiveAccountPerPartner = "ux_broker_accounts_live_partner";

    public void Configure(EntityTypeBuilder<BrokerAccount> builder)
    {
        builder.ToTable("broker_accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.PartnerId).HasColumnName("partner_id").HasMaxLength(64);
        builder.Property(a => a.UserName).HasColumnName("user_name").HasMaxLength(100);
        builder.Property(a => a.VirtualHost).HasColumnName("virtual_host").HasMaxLength(200);
        builder.Property(a => a.EventAreas).HasColumnName("event_areas");
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.CreatedBy).HasColumnName("created_by").HasMaxLength(300);
        builder.Property(a => a.PasswordRotatedAt).HasColumnName("password_rotated_at");
        builder.Property(a => a.PasswordRotatedBy).HasColumnName("password_rotated_by").HasMaxLength(300);
        builder.Property(a => a.RevokedAt).HasColumnName("revoked_at");
        builder.Property(a => a.RevokedBy).HasColumnName("revoked_by").HasMaxLength(300);
        builder.Ignore(a => a.IsRevoked);
        // A partner has at most one live account; revoked ones stay beside it as history.
        builder.HasIndex(a => a.PartnerId).IsUnique().HasFilter("revoked_at IS NULL").HasDatabaseName(OneLiveAccountPerPartner);
        builder.HasIndex(a => new { a.CreatedAt, a.Id }).HasDatabaseName("ix_broker_accounts_created");
    }
}
