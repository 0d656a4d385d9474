using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.UnitTests;

public class AlumniReportTests
{
    private static readonly DateOnly CompletedOn = new(2027, 10, 31);
    private static readonly DateTimeOffset YearOneEnds = new(2028, 10, 31, 8, 0, 0, TimeSpan.Zero);

    private static AlumniReport YearOne() =>
        AlumniReport.ScheduleFor(Builders.InState(ApplicationStatus.Completed), CompletedOn, YearOneEnds.AddYears(-1)).First();

    private static OutcomeFigures Figures(bool international = false, params string[] countries) =>
        new(250_000, 6, international ? 15 : 0, true, international, [.. countries], [new Investment(100_000, InvestorKind.BusinessAngel)]);

    [Fact]
    public void CompletionSchedulesOneReportForEachOfTheThreeYearsAfter()
    {
        var alumnus = Builders.InState(ApplicationStatus.Completed);

        var reports = AlumniReport.ScheduleFor(alumnus, CompletedOn, YearOneEnds.AddYears(-1)).ToList();

        Assert.Equal([1, 2, 3], reports.Select(r => r.Year));
        Assert.Equal([new DateOnly(2028, 10, 31), new DateOnly(2029, 10, 31), new DateOnly(2030, 10, 31)], reports.Select(r => r.PeriodEnd));
        Assert.Equal([new DateOnly(2028, 12, 30), new DateOnly(2029, 12, 30), new DateOnly(2030, 12, 30)], reports.Select(r => r.DueOn));
        Assert.All(reports, r => Assert.Equal((ReportStatus.Scheduled, alumnus.Id, alumnus.IntakeId, alumnus.OrganisationId),
            (r.Status, r.ApplicationId, r.IntakeId, r.OrganisationId)));
        Assert.Equal(3, reports.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void ReportIsRequestedOnTheDayItsYearEnds()
    {
        var report = YearOne();

        Assert.False(report.IsDueToMoveAt(YearOneEnds.AddDays(-1), new DateOnly(2028, 10, 30)));
        Assert.True(report.IsDueToMoveAt(YearOneEnds, new DateOnly(2028, 10, 31)));
        Assert.Equal(0, report.FollowClock(YearOneEnds));
        Assert.Equal((ReportStatus.Requested, (DateTimeOffset?)YearOneEnds), (report.Status, report.RequestedAt));
    }

    [Fact]
    public void UnansweredReportIsRemindedEveryThirtyDaysAtMostThreeTimes()
    {
        var report = YearOne();
        report.FollowClock(YearOneEnds);
        var today = new DateOnly(2029, 6, 1); // the calendar day does not matter once requested

        for (var reminder = 1; reminder <= AlumniReport.MaxReminders; reminder++)
        {
            var due = YearOneEnds.AddDays(30 * reminder);
            Assert.False(report.IsDueToMoveAt(due.AddTicks(-1), today));
            Assert.True(report.IsDueToMoveAt(due, today));
            Assert.Equal(reminder, report.FollowClock(due));
        }

        Assert.False(report.IsDueToMoveAt(YearOneEnds.AddDays(365), today));
        Assert.Equal(3, report.Reminders);
    }

    [Fact]
    public void SubmittedReportIsNeitherRemindedNorLate()
    {
        var report = YearOne();
        report.FollowClock(YearOneEnds);
        report.Submit(Figures(), new DateOnly(2028, 11, 2), YearOneEnds.AddDays(2));

        Assert.False(report.IsDueToMoveAt(YearOneEnds.AddDays(60), new DateOnly(2028, 12, 30)));
        Assert.False(report.IsLateOn(new DateOnly(2029, 6, 1)));
    }

    [Fact]
    public void UnansweredReportIsLateTheDayAfterItsDueDay()
    {
        var report = YearOne();

        Assert.False(report.IsLateOn(report.DueOn));
        Assert.True(report.IsLateOn(report.DueOn.AddDays(1)));
    }

    [Fact]
    public void ReportBeforeItsYearEndsIsRefused()
    {
        var report = YearOne();

        var refused = Assert.Throws<DomainRuleException>(() => report.Submit(Figures(), report.PeriodEnd.AddDays(-1), YearOneEnds.AddDays(-1)));

        Assert.Equal(("report-not-due", 422), (refused.Code, refused.Status));
        Assert.Equal((ReportStatus.Scheduled, (OutcomeFigures?)null), (report.Status, report.Figures));
    }

    [Fact]
    public void ReportOnTheDayItsYearEndsIsAcceptedAndCanBeCorrected()
    {
        var report = YearOne();

        report.Submit(Figures(), report.PeriodEnd, YearOneEnds);
        report.Submit(Figures(true, "DE", "FR"), report.PeriodEnd.AddDays(3), YearOneEnds.AddDays(3));

        Assert.Equal((ReportStatus.Submitted, (DateTimeOffset?)YearOneEnds, (DateTimeOffset?)YearOneEnds.AddDays(3)), (report.Status, report.RequestedAt, report.SubmittedAt));
        Assert.Equal(["DE", "FR"], report.Figures!.CountriesEntered);
        Assert.Equal(100_000m, report.Figures.PrivateInvestmentEur);
    }

    [Fact]
    public void InternationalMarketsNeedTheCountriesEntered()
    {
        var report = YearOne();

        var refused = Assert.Throws<RequestValidationException>(() => report.Submit(Figures(international: true), report.PeriodEnd, YearOneEnds));

        Assert.Equal("countriesEntered", Assert.Single(refused.Errors).Key);
    }
}
