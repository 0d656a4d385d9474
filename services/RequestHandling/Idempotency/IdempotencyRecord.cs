using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PiedmontSystem.RequestHandling.Idempotency;

/// <summary>
/// The answer to a POST made with an <c>Idempotency-Key</c>, kept so that a retry of the same
/// request (same caller, same key, same body) gets the same answer and creates nothing twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public string Owner { get; init; } = "";
    public string Key { get; init; } = "";
    public string Fingerprint { get; init; } = "";
    public int? StatusCode { get; init; }
    public string? ResponseBody { get; init; }
    public string? Location { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.Owner, r.Key });
        builder.Property(r => r.Owner).HasColumnName("owner").HasMaxLength(200);
        builder.Property(r => r.Key).HasColumnName("key").HasMaxLength(100);
        builder.Property(r => r.Fingerprint).HasColumnName("fingerprint").HasMaxLength(64);
        builder.Property(r => r.StatusCode).HasColumnName("status_code");
        builder.Property(r => r.ResponseBody).HasColumnName("response_body");
        builder.Property(r => r.Location).HasColumnName("location").HasMaxLength(500);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
    }
}
