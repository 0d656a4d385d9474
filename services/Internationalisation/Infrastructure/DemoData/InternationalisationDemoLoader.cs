using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.OrganisationReplica;

namespace PiedmontSystem.Internationalisation.Infrastructure.DemoData;

/// <summary>
/// Loads the synthetic CEIP history once, after the registry's synthetic organisations (names ending
/// in "(demo)") and their memberships have arrived through its events: CEIP has no organisations of
/// its own to invent. Everything is written in one transaction, so a reader never sees half of it.
/// </summary>
internal sealed class InternationalisationDemoLoader(IServiceScopeFactory scopes, TimeProvider clock, IOptions<InternationalisationDemoOptions> options,
    IOptions<LiaisonOptions> liaison, ILogger<InternationalisationDemoLoader> logger)
    : DemoDataLoader(options.Value.Enabled, options.Value.WaitFor, clock, logger)
{
    protected override async Task<bool> TryLoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InternationalisationDbContext>();
        if (await EventsDemoData.IsLoadedAsync(db, cancellationToken))
        {
            return true;
        }
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.LegalName.EndsWith("(demo)"))
            .OrderBy(o => o.OrganisationId).Select(o => new DemoParticipant(o.OrganisationId, o.LegalName)).ToListAsync(cancellationToken);
        if (organisations.Count < options.Value.MinimumOrganisations)
        {
            return false;
        }
        // Whole minutes: the history's instants read like people's, not like a clock's.
        var now = Clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var requests = await LiaisonDemoData.LoadAsync(db, organisations, liaison.Value, now, cancellationToken);
        var events = await EventsDemoData.LoadAsync(db, organisations, now, cancellationToken);
        var profiles = PartneringDemoData.Load(db, organisations, now);
        var collaborations = await CollaborationsDemoData.LoadAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Loaded synthetic internationalisation demo data: {Requests} liaison requests, {Introductions} introductions, {Events} events ({Participants} B2B day participants), {Profiles} partnering profiles, {Collaborations} collaborations",
            requests.Requests, requests.Introductions, events.Events, events.B2bParticipants, profiles, collaborations);
        return true;
    }
}

/// <summary>A registry demo organisation, as this service's copy knows it.</summary>
public sealed record DemoParticipant(Guid Id, string Name);
