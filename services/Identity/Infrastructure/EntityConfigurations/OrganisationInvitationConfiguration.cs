using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.Identity.Domain;

namespace PiedmontSystem.Identity.Infrastructure.EntityConfigurations;

internal sealed class OrganisationInvitationConfiguration : IEntityTypeConfiguration<OrganisationInvitation>
{
    public void Configure(EntityTypeBuilder<OrganisationInvitation> invitation)
    {
        invitation.ToTable("organisation_invitations");
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Id).HasColumnName("id").ValueGeneratedNever();
        invitation.Property(i => i.OrganisationId).HasColumnName("organisation_id");
        invitation.Property(i => i.Email).HasColumnName("email").HasMaxLength(320);
        invitation.Property(i => i.NormalizedEmail).HasColumnName("normalized_email").HasMaxLength(320);
        invitation.Property(i => i.TokenHash).HasColumnName("token_hash").HasMaxLength(32);
        invitation.Property(i => i.CreatedAt).HasColumnName("created_at");
        invitation.Property(i => i.CreatedBy).HasColumnName("created_by").HasMaxLength(300);
        invitation.Property(i => i.ExpiresAt).HasColumnName("expires_at");
        // Accepting or cancelling updates "where still pending": of two at once, the second fails instead of overwriting.
        invitation.Property(i => i.AcceptedAt).HasColumnName("accepted_at").IsConcurrencyToken();
        invitation.Property(i => i.AcceptedBy).HasColumnName("accepted_by");
        invitation.Property(i => i.CancelledAt).HasColumnName("cancelled_at").IsConcurrencyToken();
        invitation.Property(i => i.CancelledBy).HasColumnName("cancelled_by").HasMaxLength(300);
        // The link's token finds its invitation; an organisation's list reads newest first.
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => new { i.OrganisationId, i.CreatedAt, i.Id });
    }
}
