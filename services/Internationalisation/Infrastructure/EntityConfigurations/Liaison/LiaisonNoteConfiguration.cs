using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Liaison;

internal sealed class LiaisonNoteConfiguration : IEntityTypeConfiguration<LiaisonNote>
{
    public void Configure(EntityTypeBuilder<LiaisonNote> builder)
    {
        builder.ToTable("liaison_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.RequestId).HasColumnName("request_id");
        builder.Property(n => n.Text).HasColumnName("text").HasMaxLength(5000);
        builder.Property(n => n.VisibleToRequester).HasColumnName("visible_to_requester");
        builder.Property(n => n.Author).HasColumnName("author").HasMaxLength(300);
        builder.Property(n => n.WrittenAt).HasColumnName("written_at");
    }
}
