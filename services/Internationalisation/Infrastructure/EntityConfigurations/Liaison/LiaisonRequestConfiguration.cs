using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Liaison;

internal sealed class LiaisonRequestConfiguration : IEntityTypeConfiguration<LiaisonRequest>
{
    public void Configure(EntityTypeBuilder<LiaisonRequest> builder)
    {
        builder.ToTable("liaison_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.OrganisationId).HasColumnName("organisation_id");
        builder.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.TargetCountries).HasColumnName("target_countries");
        builder.Property(r => r.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(r => r.NaceCode).HasColumnName("nace_code").HasMaxLength(10);
        builder.Property(r => r.DescriptionIt).HasColumnName("description_it").HasMaxLength(5000);
        builder.Property(r => r.DescriptionEn).HasColumnName("description_en").HasMaxLength(5000);
        builder.Property(r => r.Urgency).HasColumnName("urgency").HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Source).HasColumnName("source").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReferralReference).HasColumnName("referral_reference").HasMaxLength(100);
        builder.Property(r => r.ReferralKey).HasColumnName("referral_key").HasMaxLength(100);
        builder.HasIndex(r => r.ReferralKey).IsUnique().HasFilter("referral_key IS NOT NULL").HasDatabaseName("ux_liaison_requests_referral_key");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OpenedAt).HasColumnName("opened_at");
        builder.Property(r => r.OpenedBy).HasColumnName("opened_by").HasMaxLength(300);
        builder.Property(r => r.AssessBy).HasColumnName("assess_by");
        builder.Property(r => r.AssessedAt).HasColumnName("assessed_at");
        builder.Property(r => r.DeclineReason).HasColumnName("decline_reason").HasMaxLength(2000);
        builder.Property(r => r.OfficerSubject).HasColumnName("officer_subject").HasMaxLength(200);
        builder.Property(r => r.OfficerName).HasColumnName("officer_name").HasMaxLength(200);
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OutcomeText).HasColumnName("outcome_text").HasMaxLength(5000);
        builder.Property(r => r.ClosedAt).HasColumnName("closed_at");
        builder.Property(r => r.Version).IsRowVersion();
        builder.HasMany(r => r.Notes).WithOne().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Notes).HasField("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.OpenedAt, r.Id }).HasDatabaseName("ix_liaison_requests_opened");
        builder.HasIndex(r => new { r.OrganisationId, r.OpenedAt }).HasDatabaseName("ix_liaison_requests_organisation");
    }
}
