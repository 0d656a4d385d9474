using PiedmontSystem.Accelerator.Domain;

namespace PiedmontSystem.Accelerator.UnitTests;

public class ResultIndicatorsTests
{
    private static readonly DateOnly CompletedOn = new(2027, 10, 31);
    private static readonly DateTimeOffset Now = new(2028, 11, 15, 9, 0, 0, TimeSpan.Zero);

    private sealed record Reported(decimal Turnover, int Employees, decimal ExportsShare, bool National, bool International, decimal Investment);

    /// <summary>A completed alumnus whose year-1 report says <paramref name="year1"/> (unanswered when null).</summary>
    private static Participant Alumnus(Reported? year1, bool sme = true, decimal baseline = 100_000)
    {
        var application = Builders.InState(ApplicationStatus.Completed);
        var reports = AlumniReport.ScheduleFor(application, CompletedOn, Now.AddYears(-1)).ToList();
        if (year1 is { } r)
        {
            reports[0].Submit(new OutcomeFigures(r.Turnover, r.Employees, r.ExportsShare, r.National, r.International, r.International ? ["DE"] : [],
                r.Investment > 0 ? [new Investment(r.Investment, InvestorKind.VentureCapital)] : []), DateOnly.FromDateTime(Now.UtcDateTime), Now);
        }
        return new Participant(application.Id, ApplicationStatus.Completed, sme, baseline, reports);
    }

    private static Participant Seated(ApplicationStatus status, bool sme = true, decimal baseline = 100_000) => new(Guid.NewGuid(), status, sme, baseline, []);

    [Fact]
    public void ParticipantsAreCountedByCohortStatus()
    {
        var set = ResultIndicators.Of([Seated(ApplicationStatus.Admitted), Seated(ApplicationStatus.Completed, sme: false), Seated(ApplicationStatus.DroppedOut),
            Seated(ApplicationStatus.Completed), Seated(ApplicationStatus.Rejected), Seated(ApplicationStatus.WaitListed)]);

        Assert.Equal((4, 3, 2, 1), (set.ParticipatingStartups, set.ParticipatingSmes, set.Completed, set.DroppedOut));
        Assert.Equal(400_000m, set.BaselineRevenueEur);
    }

    [Fact]
    public void BaselineRevenueOfFewerThanThreeCompaniesIsNotPublished()
    {
        var set = ResultIndicators.Of([Seated(ApplicationStatus.Admitted, baseline: 80_000), Seated(ApplicationStatus.Completed, baseline: 90_000),
            Seated(ApplicationStatus.Rejected, baseline: 70_000)]);

        Assert.Equal(2, set.ParticipatingStartups);
        Assert.Null(set.BaselineRevenueEur);
    }

    [Fact]
    public void YearReportedByTwoCompaniesShowsOnlyHowManyReported()
    {
        var set = ResultIndicators.Of([Alumnus(new(200_000, 5, 20, true, true, 300_000)), Alumnus(new(100_000, 3, 0, true, false, 0)), Alumnus(null)]);

        var year1 = set.AlumniYears[0];
        Assert.Equal((1, 2), (year1.Year, year1.Reports));
        Assert.Equal(((decimal?)null, (int?)null, (decimal?)null), (year1.TurnoverEur, year1.Employees, year1.AverageExportsSharePercent));
        Assert.Equal([0, 0], set.AlumniYears.Skip(1).Select(y => y.Reports));
    }

    [Fact]
    public void YearReportedByThreeCompaniesIsSummed()
    {
        var set = ResultIndicators.Of([Alumnus(new(200_000, 5, 20, true, true, 300_000)), Alumnus(new(100_000, 3, 0, true, false, 0)),
            Alumnus(new(60_000, 2, 10.15m, false, true, 50_000))]);

        var year1 = set.AlumniYears[0];
        Assert.Equal((3, (decimal?)360_000m, (int?)10), (year1.Reports, year1.TurnoverEur, year1.Employees));
        Assert.Equal(10.1m, year1.AverageExportsSharePercent); // 30.15 / 3 = 10.05, rounded away from zero
        Assert.Equal((2, 2), (set.GrewInNationalMarkets, set.GrewInInternationalMarkets));
    }

    [Fact]
    public void PrivateInvestmentIsSummedOnlyOverThreeOrMoreInvestees()
    {
        var two = ResultIndicators.Of([Alumnus(new(1, 1, 0, false, false, 300_000)), Alumnus(new(1, 1, 0, false, false, 50_000)), Alumnus(new(1, 1, 0, false, false, 0))]);
        var three = ResultIndicators.Of([Alumnus(new(1, 1, 0, false, false, 300_000)), Alumnus(new(1, 1, 0, false, false, 50_000)),
            Alumnus(new(1, 1, 0, false, false, 25_000))]);

        Assert.Equal((2, (decimal?)null), (two.ReceivedPrivateInvestment, two.PrivateInvestmentEur));
        Assert.Equal((3, (decimal?)375_000m), (three.ReceivedPrivateInvestment, three.PrivateInvestmentEur));
    }

    [Fact]
    public void NoParticipantsGiveZerosAndNothingPublished()
    {
        var set = ResultIndicators.Of([]);

        Assert.Equal((0, 0, (decimal?)null, (decimal?)null), (set.ParticipatingStartups, set.ReceivedPrivateInvestment, set.BaselineRevenueEur, set.PrivateInvestmentEur));
        Assert.Equal([1, 2, 3], set.AlumniYears.Select(y => y.Year));
    }
}
