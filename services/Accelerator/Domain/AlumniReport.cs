using PiedmontSystem.ServiceDefaults.Errors;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>Where a yearly report stands: not yet due, requested (and perhaps reminded), or submitted.</summary>
public enum ReportStatus
{
    Scheduled,
    Requested,
    Submitted,
}

/// <summary>Who invested: the seed's "private investment received", by kind of investor.</summary>
public enum InvestorKind
{
    BusinessAngel,
    VentureCapital,
    Corporate,
    Crowdfunding,
    Bank,
    Other,
}

public sealed record Investment(decimal AmountEur, InvestorKind InvestorKind)
{
    private Investment()
        : this(0, InvestorKind.Other)
    {
    }
}

/// <summary>
/// What an alumnus reports for one year after completing the programme: the seed's result
/// indicators (turnover, employees, exports, markets entered, private investment).
/// </summary>
public sealed record OutcomeFigures(
    decimal TurnoverEur,
    int Employees,
    decimal ExportsSharePercent,
    bool EnteredNationalMarkets,
    bool EnteredInternationalMarkets,
    List<string> CountriesEntered,
    List<Investment> Investments)
{
    private OutcomeFigures()
        : this(0, 0, 0, false, false, [], [])
    {
    }

    public decimal PrivateInvestmentEur => Investments.Sum(i => i.AmountEur);
}

/// <summary>
/// One of the three yearly reports an alumnus owes after completion. Scheduled at completion;
/// requested when its year ends (the clock announces it); reminded every
/// <see cref="ReminderInterval"/> while unanswered; late once <see cref="DueOn"/> has passed.
/// </summary>
public sealed class AlumniReport
{
    public const int YearsFollowed = 3;

    /// <summary>An alumnus has this long after the year's end to report.</summary>
    public static readonly int DaysToReport = 60;

    public static readonly TimeSpan ReminderInterval = TimeSpan.FromDays(30);

    public const int MaxReminders = 3;

    private AlumniReport()
    {
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid IntakeId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public int Year { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ReportStatus Status { get; private set; }
    public DateTimeOffset? RequestedAt { get; private set; }
    public int Reminders { get; private set; }
    public DateTimeOffset? LastRemindedAt { get; private set; }
    public OutcomeFigures? Figures { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>The three reports of an alumnus, one per year after <paramref name="completedOn"/>.</summary>
    public static IEnumerable<AlumniReport> ScheduleFor(Application alumnus, DateOnly completedOn, DateTimeOffset now) =>
        Enumerable.Range(1, YearsFollowed).Select(year => new AlumniReport
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = alumnus.Id,
            IntakeId = alumnus.IntakeId,
            OrganisationId = alumnus.OrganisationId,
            Year = year,
            PeriodEnd = completedOn.AddYears(year),
            DueOn = completedOn.AddYears(year).AddDays(DaysToReport),
            Status = ReportStatus.Scheduled,
        });

    public bool IsLateOn(DateOnly today) => Status != ReportStatus.Submitted && today > DueOn;

    /// <summary>What the clock does next to this report on <paramref name="today"/>: request it, remind, or nothing.</summary>
    public bool IsDueToMoveAt(DateTimeOffset now, DateOnly today) => Status switch
    {
        ReportStatus.Scheduled => today >= PeriodEnd,
        ReportStatus.Requested => Reminders < MaxReminders && now - (LastRemindedAt ?? RequestedAt!.Value) >= ReminderInterval,
        _ => false,
    };

    /// <summary>Requests the report or reminds the alumnus; returns the reminder number (0 for the request itself).</summary>
    public int FollowClock(DateTimeOffset now)
    {
        if (Status == ReportStatus.Scheduled)
        {
            Status = ReportStatus.Requested;
            RequestedAt = now;
            return 0;
        }
        Reminders++;
        LastRemindedAt = now;
        return Reminders;
    }

    /// <summary>The alumnus's answer; a submitted report can be corrected by submitting again.</summary>
    public void Submit(OutcomeFigures figures, DateOnly today, DateTimeOffset now)
    {
        if (today < PeriodEnd)
        {
            throw AcceleratorRules.ReportNotDue(Year, PeriodEnd);
        }
        if (figures.EnteredInternationalMarkets && figures.CountriesEntered.Count == 0)
        {
            throw new RequestValidationException("countriesEntered", "Name the countries entered when international markets were entered.");
        }
        Status = ReportStatus.Submitted;
        RequestedAt ??= now;
        Figures = figures;
        SubmittedAt = now;
    }

    public static string Describe(ReportStatus status) => QueryValues.Kebab(status);

    /// <summary>Not a rule of the report itself: who may answer it.</summary>
    public void RequireOwner(Guid organisationId)
    {
        if (organisationId != OrganisationId)
        {
            throw CommonRules.Forbidden("Only the alumnus's own users report its outcomes.");
        }
    }
}
