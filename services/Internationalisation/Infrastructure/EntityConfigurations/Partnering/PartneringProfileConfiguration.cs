using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Partnering;

internal sealed class PartneringProfileConfiguration : IEntityTypeConfiguration<PartneringProfile>
{
    public void Configure(EntityTypeBuilder<PartneringProfile> builder)
    {
        builder.ToTable("partnering_profiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.OrganisationId).HasColumnName("organisation_id");
        builder.Property(p => p.Direction).HasColumnName("direction").HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(p => p.Title, t => t.Localized("title", 200));
        builder.ComplexProperty(p => p.Summary, t => t.Localized("summary", 1000));
        builder.ComplexProperty(p => p.Description, t => t.Localized("description", 10000));
        builder.Property(p => p.CountriesOfInterest).HasColumnName("countries_of_interest");
        builder.Property(p => p.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(p => p.NaceCodes).HasColumnName("nace_codes");
        builder.Property(p => p.Keywords).HasColumnName("keywords");
        builder.Property(p => p.SearchText).HasColumnName("search_text");
        builder.Property(p => p.ExpiresOn).HasColumnName("expires_on");
        builder.ComplexProperty(p => p.Contact, c => c.ContactColumns("contact"));
        builder.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Reference).HasColumnName("reference").HasMaxLength(20);
        builder.HasIndex(p => p.Reference).IsUnique().HasFilter("reference IS NOT NULL").HasDatabaseName("ux_partnering_profiles_reference");
        builder.Property(p => p.ReferenceDate).HasColumnName("reference_date");
        builder.Property(p => p.ReferenceSequence).HasColumnName("reference_sequence");
        builder.Property(p => p.CreatedBy).HasColumnName("created_by").HasMaxLength(300);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(p => p.ReturnedAt).HasColumnName("returned_at");
        builder.Property(p => p.ReturnReason).HasColumnName("return_reason").HasMaxLength(2000);
        builder.Property(p => p.PublishedAt).HasColumnName("published_at");
        builder.Property(p => p.ValidatedBy).HasColumnName("validated_by").HasMaxLength(300);
        builder.Property(p => p.RenewedAt).HasColumnName("renewed_at");
        builder.Property(p => p.WithdrawnAt).HasColumnName("withdrawn_at");
        builder.Property(p => p.WithdrawReason).HasColumnName("withdraw_reason").HasMaxLength(2000);
        builder.Property(p => p.Version).IsRowVersion();

        builder.HasIndex(p => new { p.CreatedAt, p.Id }).HasDatabaseName("ix_partnering_profiles_created");
        builder.HasIndex(p => new { p.OrganisationId, p.CreatedAt }).HasDatabaseName("ix_partnering_profiles_organisation");
        // The public search: published ones, newest first or expiring soonest.
        builder.HasIndex(p => new { p.PublishedAt, p.Id }).HasFilter("status = 'Published'").HasDatabaseName("ix_partnering_profiles_published");
        builder.HasIndex(p => new { p.ExpiresOn, p.Id }).HasFilter("status = 'Published'").HasDatabaseName("ix_partnering_profiles_expiring");
    }
}
