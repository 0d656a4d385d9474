using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>
/// Table <c>opportunities</c>, the feed's read model. A bench or a demo may seed it with SQL alone
/// (nothing else is read by the feed), one row per opportunity:
/// <code>
/// INSERT INTO opportunities (id, type, code, title_it, title_en, opens_at, deadline_at, closed_at, withdrawn,
///     open_to_kinds, open_to_size_classes, open_to_provinces, priority_systems,
///     innovative_startups_only, startups_or_smes_only, owner_organisation_id,
///     budget_eur, detail, place, country, starts_at, path, published_at, changed_at)
/// VALUES (gen_random_uuid(), 'call', 'PRFESR-2027-01', 'Bando', 'Call', now(), now() + interval '30 days', NULL, false,
///     '{enterprise,university}', '{micro,small,medium,large,unknown}', '{TO,AL,AT,BI,CN,NO,VB,VC}', '{AEROSPACE}',
///     false, false, NULL, 1000000, NULL, NULL, NULL, NULL, '/calls/' || id, now(), now());
/// </code>
/// type: call, intake, session, event or partnering; path: the item's page (see <see cref="OpportunityTypes.PathOf"/>).
/// The four arrays list the codes admitted, the whole reference list (ReferenceCodes) when there is
/// no limit; <c>published_at</c> must be set (rows without it wait for their publication and are not listed).
/// Indexes: (deadline_at, id) for the feed's order and keyset, (changed_at, id) for the Atom feed,
/// GIN on each array for the who-is-asking filters.
/// </summary>
internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> InUtc = new(v => v.ToUniversalTime(), v => v);

    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.ToTable("opportunities");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Id).HasColumnName("id");
        builder.Property(o => o.Type).HasColumnName("type");
        builder.Property(o => o.Code).HasColumnName("code");
        builder.Property(o => o.TitleIt).HasColumnName("title_it");
        builder.Property(o => o.TitleEn).HasColumnName("title_en");
        builder.Property(o => o.OpensAt).HasColumnName("opens_at");
        builder.Property(o => o.DeadlineAt).HasColumnName("deadline_at");
        builder.Property(o => o.ClosedAt).HasColumnName("closed_at");
        builder.Property(o => o.Withdrawn).HasColumnName("withdrawn");
        builder.Property(o => o.OpenToKinds).HasColumnName("open_to_kinds");
        builder.Property(o => o.OpenToSizeClasses).HasColumnName("open_to_size_classes");
        builder.Property(o => o.OpenToProvinces).HasColumnName("open_to_provinces");
        builder.Property(o => o.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(o => o.InnovativeStartupsOnly).HasColumnName("innovative_startups_only");
        builder.Property(o => o.StartupsOrSmesOnly).HasColumnName("startups_or_smes_only");
        builder.Property(o => o.OwnerOrganisationId).HasColumnName("owner_organisation_id");
        builder.Property(o => o.BudgetEur).HasColumnName("budget_eur");
        builder.Property(o => o.Detail).HasColumnName("detail");
        builder.Property(o => o.Place).HasColumnName("place");
        builder.Property(o => o.Country).HasColumnName("country");
        builder.Property(o => o.StartsAt).HasColumnName("starts_at");
        builder.Property(o => o.Path).HasColumnName("path");
        builder.Property(o => o.PublishedAt).HasColumnName("published_at");
        builder.Property(o => o.ChangedAt).HasColumnName("changed_at");
        builder.Property(o => o.Type).HasMaxLength(16);
        builder.Property(o => o.Code).HasMaxLength(64);
        builder.Property(o => o.TitleIt).HasMaxLength(300);
        builder.Property(o => o.TitleEn).HasMaxLength(300);
        builder.Property(o => o.Detail).HasMaxLength(64);
        builder.Property(o => o.Place).HasMaxLength(200);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Path).HasMaxLength(200);
        builder.Property(o => o.BudgetEur).HasPrecision(16, 2);

        // Events carry instants with the Rome (or an event's) offset; PostgreSQL's timestamptz takes UTC.
        foreach (var instant in builder.Metadata.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
        {
            instant.SetValueConverter(InUtc);
        }

        builder.HasIndex(o => new { o.DeadlineAt, o.Id }).HasDatabaseName("ix_opportunities_deadline");
        builder.HasIndex(o => new { o.ChangedAt, o.Id }).HasDatabaseName("ix_opportunities_changed");
        builder.HasIndex(o => o.OpenToKinds).HasMethod("gin").HasDatabaseName("ix_opportunities_kinds");
        builder.HasIndex(o => o.OpenToSizeClasses).HasMethod("gin").HasDatabaseName("ix_opportunities_size_classes");
        builder.HasIndex(o => o.OpenToProvinces).HasMethod("gin").HasDatabaseName("ix_opportunities_provinces");
        builder.HasIndex(o => o.PrioritySystems).HasMethod("gin").HasDatabaseName("ix_opportunities_priority_systems");
    }
}
