using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Identity.Domain;
using PiedmontSystem.Identity.Infrastructure.EntityConfigurations;
using PiedmontSystem.Identity.Infrastructure.Mail;
using PiedmontSystem.RequestHandling;

namespace PiedmontSystem.Identity.Infrastructure;

/// <summary>
/// The identity service's database: ASP.NET Core Identity's people (no Identity roles: the
/// platform's roles are <see cref="StaffRoleGrant"/>s and organisation membership), invitations
/// to organisations, the register of partner systems, OpenIddict's clients, authorizations and
/// tokens, and the platform tables (outbox, inbox, audit).
/// Migrations: <c>dotnet ef migrations add &lt;Name&gt; --project services/Identity</c>.
/// </summary>
public sealed class IdentityServiceDbContext(DbContextOptions<IdentityServiceDbContext> options)
    : IdentityUserContext<Person, Guid>(options)
{
    public DbSet<StaffRoleGrant> StaffRoleGrants => Set<StaffRoleGrant>();

    public DbSet<OrganisationInvitation> OrganisationInvitations => Set<OrganisationInvitation>();

    public DbSet<PartnerSystem> PartnerSystems => Set<PartnerSystem>();

    /// <summary>Development only: e-mails that would have been sent, for the development mailbox.</summary>
    public DbSet<DevelopmentMail> DevelopmentMail => Set<DevelopmentMail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var modelBuilder = builder;
        modelBuilder.UseOpenIddict();
        modelBuilder.AddPlatformTables();

        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.PreferredLanguage).HasMaxLength(2);
            person.HasIndex(p => p.OrganisationId);
            person.Ignore(p => p.ActiveStaffRoles);
            person.HasMany(p => p.StaffRoles).WithOne().HasForeignKey(r => r.PersonId);
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("person_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("person_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("person_tokens");

        modelBuilder.Entity<StaffRoleGrant>(grant =>
        {
            grant.ToTable("staff_role_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Id).HasColumnName("id").ValueGeneratedNever();
            grant.Property(g => g.PersonId).HasColumnName("person_id");
            grant.Property(g => g.Role).HasColumnName("role").HasMaxLength(40);
            grant.Property(g => g.ClusterCode).HasColumnName("cluster_code").HasMaxLength(20);
            grant.Property(g => g.GrantedAt).HasColumnName("granted_at");
            grant.Property(g => g.GrantedBy).HasColumnName("granted_by").HasMaxLength(300);
            grant.Property(g => g.RevokedAt).HasColumnName("revoked_at");
            grant.Property(g => g.RevokedBy).HasColumnName("revoked_by").HasMaxLength(300);
            grant.Property(g => g.RevokeReason).HasColumnName("revoke_reason").HasMaxLength(500);
            grant.Ignore(g => g.IsActive);
            // At most one active grant of a role (and cluster) per person.
            grant.HasIndex(g => new { g.PersonId, g.Role, g.ClusterCode }).IsUnique().HasFilter("revoked_at IS NULL").AreNullsDistinct(false);
        });
        modelBuilder.ApplyConfiguration(new OrganisationInvitationConfiguration());
        modelBuilder.ApplyConfiguration(new PartnerSystemConfiguration());
        modelBuilder.Entity<DevelopmentMail>(mail =>
        {
            mail.ToTable("development_mail");
            mail.HasKey(m => m.Id);
            mail.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            mail.Property(m => m.To).HasColumnName("to_address").HasMaxLength(320);
            mail.Property(m => m.Subject).HasColumnName("subject").HasMaxLength(300);
            mail.Property(m => m.Text).HasColumnName("text");
            mail.Property(m => m.SentAt).HasColumnName("sent_at");
            mail.HasIndex(m => new { m.To, m.SentAt });
        });
    }
}
