using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class EvaluatorConfiguration : IEntityTypeConfiguration<Evaluator>
{
    public void Configure(EntityTypeBuilder<Evaluator> builder)
    {
        builder.ToTable("evaluators");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.HasIndex(e => e.Subject).IsUnique().HasDatabaseName("ux_evaluators_subject");
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Email).HasColumnName("email").HasMaxLength(200);
        builder.Property(e => e.OrganisationId).HasColumnName("organisation_id");
        builder.Property(e => e.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(e => e.CreatedAt).HasColumnName("created_at");
    }
}
