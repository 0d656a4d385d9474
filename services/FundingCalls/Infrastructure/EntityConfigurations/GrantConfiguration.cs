using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Infrastructure.EntityConfigurations;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(g => g.ProposalId).HasColumnName("proposal_id");
        builder.HasOne<Proposal>().WithOne().HasForeignKey<Grant>(g => g.ProposalId).OnDelete(DeleteBehavior.Restrict);
        // One grant per proposal: a second award of the same proposal fails in the database too.
        builder.HasIndex(g => g.ProposalId).IsUnique().HasDatabaseName("ux_grants_proposal");
        builder.Property(g => g.CallId).HasColumnName("call_id");
        builder.HasOne<FundingCall>().WithMany().HasForeignKey(g => g.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.CallId).HasDatabaseName("ix_grants_call");
        builder.Property(g => g.AmountEur).HasColumnName("amount_eur").HasPrecision(14, 2);
        builder.Property(g => g.EuShareEur).HasColumnName("eu_share_eur").HasPrecision(14, 2);
        builder.Property(g => g.RegionalShareEur).HasColumnName("regional_share_eur").HasPrecision(14, 2);
        builder.Property(g => g.AwardedAt).HasColumnName("awarded_at");
        builder.Property(g => g.AwardedBy).HasColumnName("awarded_by").HasMaxLength(300);
    }
}
