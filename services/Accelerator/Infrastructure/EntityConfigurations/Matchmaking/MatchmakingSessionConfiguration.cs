using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Accelerator.Domain.Matchmaking;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.Accelerator.Infrastructure.EntityConfigurations.Matchmaking;

internal sealed class MatchmakingSessionConfiguration : IEntityTypeConfiguration<MatchmakingSession>
{
    public void Configure(EntityTypeBuilder<MatchmakingSession> builder)
    {
        builder.ToTable("matchmaking_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.ComplexProperty(s => s.Title, t => t.Localized("title", 300));
        builder.ComplexProperty(s => s.Description, t => t.Localized("description", 5000));
        builder.Property(s => s.Date).HasColumnName("date");
        builder.Property(s => s.Place).HasColumnName("place").HasMaxLength(300);
        builder.Property(s => s.StartTime).HasColumnName("start_time");
        builder.Property(s => s.SlotMinutes).HasColumnName("slot_minutes");
        builder.Property(s => s.SlotCount).HasColumnName("slot_count");
        builder.Property(s => s.Breaks).HasColumnName("breaks");
        builder.Property(s => s.TableCount).HasColumnName("table_count");
        builder.Property(s => s.PrioritySystems).HasColumnName("priority_systems");
        builder.Property(s => s.RegistrationDeadline).HasColumnName("registration_deadline");
        builder.Property(s => s.AcceptanceMode).HasColumnName("acceptance_mode").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SchedulingMode).HasColumnName("scheduling_mode").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.PublishedAt).HasColumnName("published_at");
        builder.Property(s => s.AgendaPublishedAt).HasColumnName("agenda_published_at");
        builder.Property(s => s.ClosedAt).HasColumnName("closed_at");
        builder.ComplexCollection(s => s.Amendments, a => a.ToJson("amendments"));
        builder.Property(s => s.CreatedAt).HasColumnName("created_at");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.Terms);
        builder.Ignore(s => s.StartsAt);
        builder.Ignore(s => s.EndsAt);
        builder.Ignore(s => s.IsPublic);
        builder.Ignore(s => s.MeetingSlots);

        // The public list orders by date; indicators filter by year.
        builder.HasIndex(s => new { s.Date, s.Id }).HasDatabaseName("ix_matchmaking_sessions_date");
    }
}
