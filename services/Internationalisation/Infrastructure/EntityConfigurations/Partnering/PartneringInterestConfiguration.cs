using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Partnering;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Partnering;

internal sealed class PartneringInterestConfiguration : IEntityTypeConfiguration<PartneringInterest>
{
    /// <summary>The index that makes "one live interest per organisation and profile" hold under concurrent requests.</summary>
    public const string LiveInterestIndex = "ux_partnering_interests_live";

    public void Configure(EntityTypeBuilder<PartneringInterest> builder)
    {
        builder.ToTable("partnering_interests");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(i => i.ProfileId).HasColumnName("profile_id");
        builder.HasOne<PartneringProfile>().WithMany().HasForeignKey(i => i.ProfileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.OrganisationId).HasColumnName("organisation_id");
        builder.Property(i => i.MessageIt).HasColumnName("message_it").HasMaxLength(2000);
        builder.Property(i => i.MessageEn).HasColumnName("message_en").HasMaxLength(2000);
        builder.ComplexProperty(i => i.Contact, c => c.ContactColumns("contact"));
        builder.Property(i => i.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ExpressedBy).HasColumnName("expressed_by").HasMaxLength(300);
        builder.Property(i => i.ExpressedAt).HasColumnName("expressed_at");
        builder.Property(i => i.AnsweredAt).HasColumnName("answered_at");
        builder.Property(i => i.DeclineReason).HasColumnName("decline_reason").HasMaxLength(2000);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.IsAccepted);

        builder.HasIndex(i => new { i.ProfileId, i.OrganisationId }).IsUnique().HasFilter("status IN ('Pending', 'Accepted')").HasDatabaseName(LiveInterestIndex);
        builder.HasIndex(i => new { i.ExpressedAt, i.Id }).HasDatabaseName("ix_partnering_interests_expressed");
        builder.HasIndex(i => new { i.OrganisationId, i.ExpressedAt }).HasDatabaseName("ix_partnering_interests_organisation");
    }
}
