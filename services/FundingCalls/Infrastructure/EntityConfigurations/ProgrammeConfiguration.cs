using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.Code).HasColumnName("code").HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique().HasDatabaseName("ux_programmes_code");
        builder.ComplexProperty(p => p.Name, n => n.Localized("name", 300));
        builder.Property(p => p.Fund).HasColumnName("fund").HasMaxLength(20);
        builder.Property(p => p.FirstYear).HasColumnName("first_year");
        builder.Property(p => p.LastYear).HasColumnName("last_year");
        builder.Property(p => p.BudgetEur).HasColumnName("budget_eur").HasPrecision(16, 2);
        builder.Property(p => p.EuCofinancingRate).HasColumnName("eu_cofinancing_rate").HasPrecision(5, 4);
        builder.Property(p => p.Version).IsRowVersion();
    }
}
