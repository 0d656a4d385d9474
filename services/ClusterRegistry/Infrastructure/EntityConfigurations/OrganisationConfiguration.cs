using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.ClusterRegistry.Domain;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.EntityConfigurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.LegalName).HasColumnName("legal_name").HasMaxLength(300);
        // "C" collation: byte order, so one b-tree index serves both `LIKE 'prefix%'` and keyset sorting.
        builder.Property(o => o.SearchName).HasColumnName("search_name").HasMaxLength(300).UseCollation("C");
        builder.Property(o => o.VatNumber).HasColumnName("vat_number").HasMaxLength(11);
        builder.Property(o => o.FiscalCode).HasColumnName("fiscal_code").HasMaxLength(16);
        builder.Property(o => o.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Province).HasColumnName("province").HasConversion<string>().HasMaxLength(2);
        builder.Property(o => o.AtecoCode).HasColumnName("ateco_code").HasMaxLength(8);
        builder.Property(o => o.FoundedOn).HasColumnName("founded_on");
        builder.Property(o => o.InnovativeStartup).HasColumnName("innovative_startup");
        builder.Property(o => o.Headcount).HasColumnName("headcount");
        builder.Property(o => o.TurnoverEur).HasColumnName("turnover_eur").HasPrecision(16, 2);
        builder.Property(o => o.BalanceSheetEur).HasColumnName("balance_sheet_eur").HasPrecision(16, 2);
        builder.Property(o => o.SizeClass).HasColumnName("size_class").HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(o => o.Website).HasColumnName("website").HasMaxLength(300);
        builder.Property(o => o.RegisteredAt).HasColumnName("registered_at");
        builder.Property(o => o.UpdatedAt).HasColumnName("updated_at");
        builder.Property(o => o.Synthetic).HasColumnName("synthetic");
        builder.Property(o => o.Version).IsRowVersion();

        // A VAT number identifies one organisation: the database enforces it even under races.
        builder.HasIndex(o => o.VatNumber).IsUnique().HasDatabaseName("ux_organisations_vat_number");
        // Keyset paging and name-prefix search, alone or with the common filters.
        builder.HasIndex(o => new { o.SearchName, o.Id }).HasDatabaseName("ix_organisations_name");
        builder.HasIndex(o => new { o.RegisteredAt, o.Id }).HasDatabaseName("ix_organisations_registered");
        builder.HasIndex(o => new { o.Province, o.SearchName, o.Id }).HasDatabaseName("ix_organisations_province_name");
        builder.HasIndex(o => new { o.SizeClass, o.SearchName, o.Id }).HasDatabaseName("ix_organisations_size_name");
        builder.HasIndex(o => new { o.Kind, o.SearchName, o.Id }).HasDatabaseName("ix_organisations_kind_name");
        builder.HasIndex(o => o.PrioritySystems).HasMethod("gin").HasDatabaseName("ix_organisations_priority_systems");
    }
}
