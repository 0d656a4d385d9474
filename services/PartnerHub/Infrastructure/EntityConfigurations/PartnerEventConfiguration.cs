using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.PartnerHub.Domain.Events;

namespace PiedmontSystem.PartnerHub.Infrastructure.EntityConfigurations;

internal sealed class PartnerEventConfiguration : IEntityTypeConfiguration<PartnerEvent>
{
    public void Configure(EntityTypeBuilder<PartnerEvent> builder)
    {
        builder.ToTable("partner_events");
        builder.HasKey(e => e.MessageId);
        builder.Property(e => e.MessageId).HasColumnName("message_id").ValueGeneratedNever();
        builder.Property(e => e.WebhookType).HasColumnName("webhook_type").HasMaxLength(120);
        builder.Property(e => e.ReceivedAt).HasColumnName("received_at");
        // json, not jsonb: kept byte for byte as published (jsonb would reorder the fields).
        builder.Property(e => e.Data).HasColumnName("data").HasColumnType("json");
        builder.Property(e => e.ClusterCodes).HasColumnName("cluster_codes");
        builder.Property(e => e.CallCodes).HasColumnName("call_codes");
        builder.Property(e => e.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(e => e.TraceParent).HasColumnName("trace_parent").HasMaxLength(64);
        builder.Ignore(e => e.Facets);
        // Replay "everything since": by type and time.
        builder.HasIndex(e => new { e.ReceivedAt, e.WebhookType }).HasDatabaseName("ix_partner_events_received");
    }
}
