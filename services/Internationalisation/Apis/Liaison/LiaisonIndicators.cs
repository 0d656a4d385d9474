using Microsoft.EntityFrameworkCore;
using PiedmontSystem.Deadlines;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.Internationalisation.Infrastructure;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

/// <summary>
/// The liaison's indicators. A year (Rome calendar) counts the requests opened and introductions
/// made in it; no year counts everything. Medians are in working days (Mon–Fri, Italian national
/// holidays skipped — the unit the flagging rule speaks) and in hours (elapsed).
/// </summary>
public sealed record LiaisonIndicatorsResponse(
    int? Year, int Requests, IReadOnlyDictionary<string, int> RequestsByKind, IReadOnlyDictionary<string, int> RequestsByCountry,
    IReadOnlyDictionary<string, int> RequestsByOutcome, IReadOnlyDictionary<string, int> RequestsBySource, int FlaggedNow,
    double? MedianWorkingDaysToAssessment, double? MedianHoursToAssessment, double? MedianWorkingDaysToClosure, double? MedianHoursToClosure,
    int Introductions, IReadOnlyDictionary<string, int> IntroductionsByOutcome);

public static class LiaisonIndicators
{
    public static async Task<LiaisonIndicatorsResponse> ComputeAsync(InternationalisationDbContext db, DateTimeOffset now, int? year, CancellationToken ct)
    {
        var requests = db.LiaisonRequests.AsNoTracking();
        var introductions = db.Introductions.AsNoTracking();
        if (year is { } y)
        {
            var (from, to) = RomeTime.Year(y);
            requests = requests.Where(r => r.OpenedAt >= from && r.OpenedAt < to);
            introductions = introductions.Where(i => i.MadeAt >= from && i.MadeAt < to);
        }
        var rows = await requests.Select(r => new { r.Kind, r.TargetCountries, r.Status, r.Outcome, r.Source, r.OpenedAt, r.AssessBy, r.AssessedAt, r.ClosedAt })
            .ToListAsync(ct);
        var stages = await introductions.Select(i => i.Stage).ToListAsync(ct);

        var assessed = rows.Where(r => r.AssessedAt is not null).ToList();
        var closed = rows.Where(r => r.ClosedAt is not null).ToList();
        return new LiaisonIndicatorsResponse(
            year,
            rows.Count,
            Count(rows.Select(r => QueryValues.Kebab(r.Kind))),
            Count(rows.SelectMany(r => r.TargetCountries)),
            Count(rows.Select(r => r.Outcome is { } o ? QueryValues.Kebab(o) : r.Status == LiaisonStatus.Declined ? "declined" : "open")),
            Count(rows.Select(r => QueryValues.Kebab(r.Source))),
            rows.Count(r => r.Status == LiaisonStatus.New && now > r.AssessBy),
            Median(assessed.Select(r => (double)WorkingDays.Between(r.OpenedAt, r.AssessedAt!.Value))),
            Median(assessed.Select(r => (r.AssessedAt!.Value - r.OpenedAt).TotalHours)),
            Median(closed.Select(r => (double)WorkingDays.Between(r.OpenedAt, r.ClosedAt!.Value))),
            Median(closed.Select(r => (r.ClosedAt!.Value - r.OpenedAt).TotalHours)),
            stages.Count,
            Count(stages.Select(Introduction.Kebab)));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var middle = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 1);
    }
}
