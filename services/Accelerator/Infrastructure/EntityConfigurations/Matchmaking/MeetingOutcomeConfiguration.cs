using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class MeetingOutcomeConfiguration : IEntityTypeConfiguration<MeetingOutcome>
{
    public void Configure(EntityTypeBuilder<MeetingOutcome> builder)
    {
        builder.ToTable("meeting_outcomes", t => t.HasCheckConstraint("ck_meeting_outcomes_contract_value",
            "(result = 'SupplyContractSigned' AND contract_value_eur > 0) OR (result <> 'SupplyContractSigned' AND contract_value_eur IS NULL)"));
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(o => o.MeetingId).HasColumnName("meeting_id");
        builder.HasOne<Meeting>().WithMany().HasForeignKey(o => o.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.SessionId).HasColumnName("session_id");
        builder.Property(o => o.Side).HasColumnName("side").HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Result).HasColumnName("result").HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.ContractValueEur).HasColumnName("contract_value_eur").HasPrecision(14, 2);
        builder.Property(o => o.Note).HasColumnName("note").HasMaxLength(2000);
        builder.Property(o => o.RecordedAt).HasColumnName("recorded_at");
        builder.Property(o => o.RecordedBy).HasColumnName("recorded_by").HasMaxLength(300);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Ignore(o => o.SignsContract);

        // One outcome per side of a meeting; recording again revises it.
        builder.HasIndex(o => new { o.MeetingId, o.Side }).IsUnique().HasDatabaseName("ux_meeting_outcomes_meeting_side");
        builder.HasIndex(o => o.SessionId).HasDatabaseName("ix_meeting_outcomes_session");
    }
}
