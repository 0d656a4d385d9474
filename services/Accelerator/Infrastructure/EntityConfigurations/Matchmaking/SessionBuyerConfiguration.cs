using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class SessionBuyerConfiguration : IEntityTypeConfiguration<SessionBuyer>
{
    public void Configure(EntityTypeBuilder<SessionBuyer> builder)
    {
        builder.ToTable("session_buyers");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(b => b.SessionId).HasColumnName("session_id");
        builder.HasOne<MatchmakingSession>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.BuyerId).HasColumnName("buyer_id");
        builder.HasOne<Buyer>().WithMany().HasForeignKey(b => b.BuyerId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(b => b.Challenges, t => t.Localized("challenges", 5000));
        builder.Property(b => b.Table).HasColumnName("table_number");
        builder.Property(b => b.AvailableSlots).HasColumnName("available_slots");
        builder.Property(b => b.JoinedAt).HasColumnName("joined_at");
        builder.Property(b => b.UpdatedAt).HasColumnName("updated_at");
        builder.Property(b => b.Version).IsRowVersion();

        builder.HasIndex(b => new { b.SessionId, b.BuyerId }).IsUnique().HasDatabaseName("ux_session_buyers_session_buyer");
        // A buyer keeps its table all day: one buyer per table.
        builder.HasIndex(b => new { b.SessionId, b.Table }).IsUnique().HasDatabaseName("ux_session_buyers_session_table");
        builder.HasIndex(b => b.BuyerId).HasDatabaseName("ix_session_buyers_buyer");
    }
}
