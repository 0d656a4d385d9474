using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiedmontSystem.RequestHandling.Auditing;

/// <summary>
/// One state change, who made it and when: written by the same transaction as the change, so the
/// trail has no gaps and no entries for changes that did not happen.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>Token subject and role, or <c>system:&lt;service&gt;</c> for changes made by a consumer.</summary>
    public string Actor { get; init; } = "";

    /// <summary>What happened, e.g. <c>membership.approved</c>.</summary>
    public string Action { get; init; } = "";

    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";

    /// <summary>The facts of the change as JSON (new values, reasons).</summary>
    public string Details { get; init; } = "{}";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.OccurredAt).HasColumnName("occurred_at");
        builder.Property(a => a.Actor).HasColumnName("actor").HasMaxLength(300);
        builder.Property(a => a.Action).HasColumnName("action").HasMaxLength(100);
        builder.Property(a => a.EntityType).HasColumnName("entity_type").HasMaxLength(100);
        builder.Property(a => a.EntityId).HasColumnName("entity_id").HasMaxLength(100);
        builder.Property(a => a.Details).HasColumnName("details").HasColumnType("jsonb");
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.OccurredAt }).HasDatabaseName("ix_audit_entries_entity");
        builder.HasIndex(a => new { a.OccurredAt, a.Id }).HasDatabaseName("ix_audit_entries_time");
    }
}
