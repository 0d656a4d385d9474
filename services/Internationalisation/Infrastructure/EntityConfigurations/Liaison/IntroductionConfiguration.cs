using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Infrastructure.EntityConfigurations.Liaison;

internal sealed class IntroductionConfiguration : IEntityTypeConfiguration<Introduction>
{
    public void Configure(EntityTypeBuilder<Introduction> builder)
    {
        builder.ToTable("introductions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(i => i.OrganisationId).HasColumnName("organisation_id");
        builder.Property(i => i.PartnerName).HasColumnName("partner_name").HasMaxLength(300);
        builder.Property(i => i.PartnerCountry).HasColumnName("partner_country").HasMaxLength(2);
        builder.Property(i => i.PartnerKind).HasColumnName("partner_kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.LiaisonRequestId).HasColumnName("liaison_request_id");
        builder.HasOne<LiaisonRequest>().WithMany().HasForeignKey(i => i.LiaisonRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Note).HasColumnName("note").HasMaxLength(2000);
        builder.Property(i => i.Stage).HasColumnName("stage").HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.IntroducedOn).HasColumnName("introduced_on");
        builder.Property(i => i.MeetingHeldOn).HasColumnName("meeting_held_on");
        builder.Property(i => i.AgreementSignedOn).HasColumnName("agreement_signed_on");
        builder.Property(i => i.DroppedOn).HasColumnName("dropped_on");
        builder.Property(i => i.DropReason).HasColumnName("drop_reason").HasMaxLength(2000);
        builder.Property(i => i.MadeBy).HasColumnName("made_by").HasMaxLength(300);
        builder.Property(i => i.MadeAt).HasColumnName("made_at");
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.LastStepOn);
        builder.HasIndex(i => new { i.MadeAt, i.Id }).HasDatabaseName("ix_introductions_made");
        builder.HasIndex(i => new { i.OrganisationId, i.MadeAt }).HasDatabaseName("ix_introductions_organisation");
    }
}
