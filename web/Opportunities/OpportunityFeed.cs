using Microsoft.EntityFrameworkCore;
using PiedmontSystem.EligibilityRules;
using PiedmontSystem.OrganisationReplica;
using PiedmontSystem.Persistence;
using PiedmontSystem.Web.Infrastructure;

namespace PiedmontSystem.Web.Opportunities;

/// <summary>One opportunity of a page, with the asker's eligibility when an asker is known.</summary>
public sealed record FeedItem(Opportunity Opportunity, OpportunityStatus Status, IReadOnlyList<string>? Failures)
{
    public bool? Eligible => Failures is null ? null : Failures.Count == 0;
}

/// <summary>A page of the feed: its items, the cursor of the next page, and who the eligibility was judged for.</summary>
public sealed record FeedPage(IReadOnlyList<FeedItem> Items, string? NextCursor, Asker? Asker);

/// <summary>
/// The feed's queries, shared by the JSON API, the iCalendar and Atom feeds and the home page (the
/// portal's own read model, read in process). Every list is a keyset page over an index: no count,
/// no query per item.
/// </summary>
public sealed class OpportunityFeed(PortalDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    private static readonly Keyset<Opportunity, DateTimeOffset> ByDeadline = Keyset.By<Opportunity, DateTimeOffset>(o => o.DeadlineAt, o => o.Id, descending: false);
    private static readonly Keyset<Opportunity, DateTimeOffset> ByChangeNewestFirst = Keyset.By<Opportunity, DateTimeOffset>(o => o.ChangedAt, o => o.Id, descending: true);

    /// <summary>The organisation of a signed-in organisation user, as the portal's copy of the registry holds it.</summary>
    public async Task<Asker?> OrganisationAsync(Guid? organisationId, CancellationToken cancellationToken)
    {
        if (organisationId is not { } id)
        {
            return null;
        }
        var organisation = await db.Set<ReplicatedOrganisation>().AsNoTracking().FirstOrDefaultAsync(o => o.OrganisationId == id, cancellationToken);
        return organisation is null ? null : Asker.From(organisation);
    }

    /// <summary>A page sorted by deadline (the feed, the calendar), eligibility judged for <paramref name="asker"/>.</summary>
    public async Task<FeedPage> ByDeadlineAsync(OpportunityFilter filter, Asker? asker, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var slice = await ByDeadline.ReadAsync(Filtered(filter), cursor, limit ?? PageSize, cancellationToken);
        return Judge(slice, asker);
    }

    /// <summary>A page with the most recently changed first (the Atom feed).</summary>
    public async Task<FeedPage> NewestFirstAsync(OpportunityFilter filter, Asker? asker, int limit, CancellationToken cancellationToken)
    {
        var slice = await ByChangeNewestFirst.ReadAsync(Filtered(filter), null, limit, cancellationToken);
        return Judge(slice, asker);
    }

    private FeedPage Judge(KeysetSlice<Opportunity> slice, Asker? asker)
    {
        var now = clock.GetUtcNow();
        return new(slice.Rows.Select(o => new FeedItem(o, o.StatusAt(now), asker?.Failures(o))).ToList(), slice.NextCursor, asker);
    }

    /// <summary>
    /// The filter as SQL. The who-is-asking conditions are the shared rules (<see cref="Asker.Failures"/>)
    /// on the facts given, written over the open-to lists; the SPI filter also picks international
    /// events and partnering profiles by topic.
    /// </summary>
    private IQueryable<Opportunity> Filtered(OpportunityFilter filter)
    {
        var now = clock.GetUtcNow();
        var query = db.Opportunities.AsNoTracking().Where(o => o.PublishedAt != null && !o.Withdrawn);
        query = filter.Status switch
        {
            OpportunityStatus.Open => query.Where(o => o.ClosedAt == null && o.DeadlineAt >= now && (o.OpensAt == null || o.OpensAt <= now)),
            OpportunityStatus.Forthcoming => query.Where(o => o.ClosedAt == null && o.DeadlineAt >= now && o.OpensAt > now),
            OpportunityStatus.Closed => query.Where(o => o.ClosedAt != null || o.DeadlineAt < now),
            _ => query.Where(o => o.ClosedAt == null && o.DeadlineAt >= now),
        };
        if (filter.Type is { } type)
        {
            query = query.Where(o => o.Type == type);
        }
        if (filter.Kind is { } kind)
        {
            string[] kinds = [kind];
            query = query.Where(o => kinds.All(k => o.OpenToKinds.Contains(k)));
        }
        if (filter.SizeClass is { } sizeClass)
        {
            string[] sizeClasses = [sizeClass];
            query = query.Where(o => sizeClasses.All(s => o.OpenToSizeClasses.Contains(s)));
            if (filter.InnovativeStartup is false && !OrganisationEligibility.IsSme(sizeClass))
            {
                query = query.Where(o => !o.StartupsOrSmesOnly);
            }
        }
        if (filter.InnovativeStartup is false)
        {
            query = query.Where(o => !o.InnovativeStartupsOnly);
        }
        if (filter.Province is { } province)
        {
            string[] provinces = [province];
            query = query.Where(o => provinces.All(p => o.OpenToProvinces.Contains(p)));
        }
        if (filter.Spi is { } spi)
        {
            string[] spis = [spi];
            query = query.Where(o => spis.All(s => o.PrioritySystems.Contains(s)));
        }
        if (filter.Q is { } words)
        {
            var pattern = "%" + words.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(o => EF.Functions.ILike(o.TitleIt, pattern) || EF.Functions.ILike(o.TitleEn, pattern) || EF.Functions.ILike(o.Code ?? "", pattern));
        }
        return query;
    }
}
