using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<AcceleratorProgramme>
{
    public void Configure(EntityTypeBuilder<AcceleratorProgramme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.Code).HasColumnName("code").HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique().HasDatabaseName("ux_programmes_code");
        builder.ComplexProperty(p => p.Name, n => n.Localized("name", 300));
        builder.Property(p => p.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(p => p.FirstYear).HasColumnName("first_year");
        builder.Property(p => p.Years).HasColumnName("years");
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
    }
}
