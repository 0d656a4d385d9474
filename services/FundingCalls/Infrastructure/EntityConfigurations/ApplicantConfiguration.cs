using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class ApplicantConfiguration : IEntityTypeConfiguration<Applicant>
{
    public void Configure(EntityTypeBuilder<Applicant> builder)
    {
        builder.ToTable("applicants");
        builder.HasKey(a => a.OrganisationId);
        builder.Property(a => a.OrganisationId).HasColumnName("organisation_id").ValueGeneratedNever();
        builder.Property(a => a.LegalName).HasColumnName("legal_name").HasMaxLength(300);
        builder.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(40);
        builder.Property(a => a.Province).HasColumnName("province").HasMaxLength(2);
        builder.Property(a => a.RegisteredAt).HasColumnName("registered_at");
    }
}
