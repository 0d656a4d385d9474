using Microsoft.EntityFrameworkCore;
using PiedmontSystem.FundingCalls.Domain;
using PiedmontSystem.Messaging;

namespace PiedmontSystem.FundingCalls.Infrastructure;

/// <summary>The funding service's database. Migrations: <c>dotnet run --project tools/MigrationsDesigner -- funding &lt;Name&gt;</c>.</summary>
public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<Applicant> Applicants => Set<Applicant>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
