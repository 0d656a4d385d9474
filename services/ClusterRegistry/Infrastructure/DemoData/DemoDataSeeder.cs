using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.Persistence;

namespace PiedmontSystem.ClusterRegistry.Infrastructure.DemoData;

/// <summary>Loads the demo population once, when configured; runs after the reference data.</summary>
internal sealed class DemoDataSeeder(IOptions<DemoDataOptions> options, TimeProvider clock, ILogger<DemoDataSeeder> logger) : IDatabaseSeeder<RegistryDbContext>
{
    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (options.Value.Organisations <= 0 || await db.Organisations.AnyAsync(o => o.Synthetic, cancellationToken))
        {
            return;
        }
        var loaded = await DemoPopulation.LoadAsync(db, options.Value, clock.GetUtcNow(), cancellationToken);
        logger.LogInformation("Loaded synthetic demo data: {Organisations} organisations, {Memberships} memberships, {Projects} projects, {Collaborations} collaborations",
            loaded.Organisations, loaded.Memberships, loaded.Projects, loaded.Collaborations);
    }
}
