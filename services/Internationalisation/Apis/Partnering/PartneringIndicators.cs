using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Partnering;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Partnering;

/// <summary>
/// Partnering's figures for the service's indicators. A year (Rome calendar) counts the profiles
/// published (validated) in it, whatever became of them since, and the interests expressed in it;
/// no year counts everything. <c>publicNow</c> is the profiles public at the request's instant.
/// </summary>
public static class PartneringIndicators
{
    public sealed record PartneringFigures(
        int ProfilesPublished,
        IReadOnlyDictionary<string, int> PublishedByDirection,
        IReadOnlyDictionary<string, int> PublishedByKind,
        int PublicNow,
        int InterestsExpressed,
        int InterestsAccepted,
        int InterestsDeclined);

    public static async Task<PartneringFigures> ComputeAsync(InternationalisationDbContext db, DateTimeOffset now, int? year, CancellationToken cancellationToken)
    {
        var published = db.PartneringProfiles.AsNoTracking().Where(p => p.PublishedAt != null);
        var interests = db.PartneringInterests.AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = RomeTime.Year(y);
            published = published.Where(p => p.PublishedAt >= from && p.PublishedAt < to);
            interests = interests.Where(i => i.ExpressedAt >= from && i.ExpressedAt < to);
        }
        var counts = await published.GroupBy(p => new { p.Direction, p.Kind }).Select(g => new { g.Key.Direction, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byStatus = await interests.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var publicNow = await PartneringVisibility.Public(db.PartneringProfiles.AsNoTracking(), PartneringRules.Today(now)).CountAsync(cancellationToken);
        return new PartneringFigures(
            counts.Sum(c => c.Count),
            Enum.GetValues<ProfileDirection>().ToDictionary(QueryValues.Kebab, d => counts.Where(c => c.Direction == d).Sum(c => c.Count)),
            Enum.GetValues<ProfileKind>().ToDictionary(QueryValues.Kebab, k => counts.Where(c => c.Kind == k).Sum(c => c.Count)),
            publicNow,
            byStatus.Sum(s => s.Count),
            byStatus.Where(s => s.Key == InterestStatus.Accepted).Sum(s => s.Count),
            byStatus.Where(s => s.Key == InterestStatus.Declined).Sum(s => s.Count));
    }
}
