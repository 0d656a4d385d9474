using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.Accelerator.Infrastructure.DemoData;

/// <summary>
/// Loads the synthetic Business Accelerator and Meet the corporates history once, after the
/// registry's synthetic organisations (names ending in "(demo)") have arrived through its events:
/// the accelerator has no organisations of its own to invent.
/// </summary>
internal sealed class AcceleratorDemoLoader(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AcceleratorDemoOptions> options, ILogger<AcceleratorDemoLoader> logger)
    : DemoDataLoader(options.Value.Enabled, options.Value.WaitFor, clock, logger)
{
    protected override async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AcceleratorDbContext>();
        if (await db.Programmes.AnyAsync(p => p.Code == AcceleratorDemoData.ProgrammeCode, cancellationToken))
        {
            return true;
        }
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.LegalName.EndsWith("(demo)"))
            .OrderBy(o => o.OrganisationId).Select(o => new DemoOrganisation(o.OrganisationId, o.Kind, o.SizeClass)).ToListAsync(cancellationToken);
        if (organisations.Count < options.Value.MinimumOrganisations)
        {
            return false;
        }
        var now = Clock.GetUtcNow();
        // Both parts or neither: a reader never sees the accelerator's history without its sessions.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var loaded = await AcceleratorDemoData.LoadAsync(db, organisations, now, cancellationToken);
        await MatchmakingDemoData.LoadAsync(db, [.. organisations.Where(o => o.IsSme).Select(o => o.Id)], now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded synthetic accelerator demo data: {Intakes} intakes, {Applications} applications, {Reports} alumni reports",
            loaded.Intakes, loaded.Applications, loaded.Reports);
        return true;
    }
}
