using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.ToTable("candidates");
        builder.HasKey(a => a.OrganisationId);
        builder.Property(a => a.OrganisationId).HasColumnName("organisation_id").ValueGeneratedNever();
        builder.Property(a => a.LegalName).HasColumnName("legal_name").HasMaxLength(300);
        builder.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(40);
        builder.Property(a => a.Province).HasColumnName("province").HasMaxLength(2);
        builder.Property(a => a.RegisteredAt).HasColumnName("registered_at");
    }
}
