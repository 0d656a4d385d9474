using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.RequestHandling;
using PiedmontSystem.Web.Opportunities;
using PiedmontSystem.Web.Security;

namespace PiedmontSystem.Web.Infrastructure;

/// <summary>
/// The portal's own database (<c>portaldb</c>): the read models it builds from the services'
/// events, the sign-in sessions that hold people's tokens, and the Data Protection key ring that
/// encrypts them. Migrations: <c>dotnet ef migrations add &lt;Name&gt; -o Infrastructure/Migrations</c> in web/.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Signed-in people's sessions: the authentication ticket with its tokens, encrypted.</summary>
    public DbSet<PortalSession> Sessions => Set<PortalSession>();

    /// <summary>The opportunities feed: one row per call, intake, session, international event or partnering profile.</summary>
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        // Who is asking: the feed's "your organisation is eligible" reads the asking organisation here.
        modelBuilder.AddOrganisationReplica();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
