namespace PiedmontSystem.Accelerator.Domain;

/// <summary>A start-up that took part: its cohort status, whether it is an SME, and its alumni reports.</summary>
public sealed record Participant(Guid ApplicationId, ApplicationStatus Status, bool IsSme, decimal BaselineRevenueEur, IReadOnlyList<AlumniReport> Reports);

/// <summary>One year after completion, summed over the alumni who reported it (null when fewer than <see cref="ResultIndicators.MinimumGroup"/> did).</summary>
public sealed record AlumniYear(int Year, int Reports, decimal? TurnoverEur, int? Employees, decimal? AverageExportsSharePercent);

/// <summary>
/// The seed's result indicators for a group of participants: how many took part (SMEs among them),
/// completed or dropped out; their turnover, employees and exports over the three years after; how
/// many grew in national or international markets; how many received private investment, and how much.
/// </summary>
public sealed record IndicatorSet(
    int ParticipatingStartups,
    int ParticipatingSmes,
    int Completed,
    int DroppedOut,
    decimal? BaselineRevenueEur,
    IReadOnlyList<AlumniYear> AlumniYears,
    int GrewInNationalMarkets,
    int GrewInInternationalMarkets,
    int ReceivedPrivateInvestment,
    decimal? PrivateInvestmentEur);

public static class ResultIndicators
{
    /// <summary>
    /// Sums over fewer companies than this are not published: with one or two, the "aggregate"
    /// would be a company's private figures (the usual statistical disclosure rule).
    /// </summary>
    public const int MinimumGroup = 3;

    public static IndicatorSet Of(IReadOnlyCollection<Participant> participants)
    {
        var submitted = participants.SelectMany(p => p.Reports.Where(r => r.Status == ReportStatus.Submitted && r.Figures is not null).Select(r => (p, r, f: r.Figures!))).ToList();
        var years = Enumerable.Range(1, AlumniReport.YearsFollowed).Select(year =>
        {
            var of = submitted.Where(x => x.r.Year == year).Select(x => x.f).ToList();
            var shown = of.Count >= MinimumGroup;
            return new AlumniYear(year, of.Count,
                shown ? of.Sum(f => f.TurnoverEur) : null,
                shown ? of.Sum(f => f.Employees) : null,
                shown ? Math.Round(of.Average(f => f.ExportsSharePercent), 1, MidpointRounding.AwayFromZero) : null);
        }).ToList();
        var investors = submitted.Where(x => x.f.PrivateInvestmentEur > 0).Select(x => x.p.ApplicationId).Distinct().Count();
        var investment = submitted.Sum(x => x.f.PrivateInvestmentEur);
        var seated = participants.Where(p => p.Status is ApplicationStatus.Admitted or ApplicationStatus.Completed or ApplicationStatus.DroppedOut).ToList();
        return new IndicatorSet(
            seated.Count,
            seated.Count(p => p.IsSme),
            seated.Count(p => p.Status == ApplicationStatus.Completed),
            seated.Count(p => p.Status == ApplicationStatus.DroppedOut),
            seated.Count >= MinimumGroup ? seated.Sum(p => p.BaselineRevenueEur) : null,
            years,
            submitted.Where(x => x.f.EnteredNationalMarkets).Select(x => x.p.ApplicationId).Distinct().Count(),
            submitted.Where(x => x.f.EnteredInternationalMarkets).Select(x => x.p.ApplicationId).Distinct().Count(),
            investors,
            investors >= MinimumGroup ? investment : null);
    }
}
