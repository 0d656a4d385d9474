using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Accelerator.IntegrationEvents;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.RequestHandling.Auditing;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.Infrastructure.DemoData;

/// <summary>An organisation of the registry's synthetic population, as the demo data picks from it.</summary>
public sealed record DemoOrganisation(Guid Id, string Kind, string SizeClass)
{
    public bool IsSme => Kind == "enterprise" && ReferenceCodes.SmeSizeClasses.Contains(SizeClass);
}

public sealed record AcceleratorDemoResult(int Intakes, int Applications, int Reports);

/// <summary>
/// A synthetic Business Accelerator history, every name labelled "(demo)": a programme run since
/// 2021 with two past intakes (2021 and 2022) whose cohorts completed and reported for three years,
/// and one intake open now. Built through the domain's own methods at the historical instants, so
/// it obeys every rule the API enforces. Seeded (the same data every run).
/// </summary>
public static class AcceleratorDemoData
{
    public const string ProgrammeCode = "BA-DEMO";

    private const string Actor = "system:demo-data";

    private static readonly string[] Markets = ["DE", "FR", "CH", "US", "ES"];

    public static async Task<AcceleratorDemoResult> LoadAsync(AcceleratorDbContext db, IReadOnlyList<DemoOrganisation> organisations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(2021);
        var startups = organisations.Where(o => o.IsSme).ToList();
        var providers = organisations.Where(o => o.Kind is "university" or "research-body" or "tech-park" or "incubator").Take(4).Select(o => o.Id).ToList();
        if (providers.Count == 0)
        {
            providers = [organisations[0].Id];
        }
        var programme = AcceleratorProgramme.Create(ProgrammeCode, new LocalizedText("Business Accelerator dimostrativo (demo)", "Demo Business Accelerator (demo)"),
            ["MANUFACTURING", "GREEN_TECH"], firstYear: 2021, years: 6, Rome("2021-01-10T09:00"));
        db.Programmes.Add(programme);

        var applications = 0;
        var reports = 0;
        var pool = new Queue<DemoOrganisation>(startups.OrderBy(_ => random.Next()));
        foreach (var year in new[] { 2021, 2022 })
        {
            var intake = PastIntake(programme, year, providers);
            db.Intakes.Add(intake);
            var cohort = new List<Application>();
            for (var i = 0; i < 36 && pool.Count > 0; i++)
            {
                var applicant = pool.Dequeue();
                var application = Submitted(intake, applicant.Id, random, Rome($"{year}-02-{1 + (i % 27):D2}T10:00"));
                db.Applications.Add(application);
                applications++;
                Select(application, i, Rome($"{year}-03-20T15:00"), random);
                if (application.Status == ApplicationStatus.Admitted)
                {
                    cohort.Add(application);
                }
            }
            var completedOn = new DateOnly(year + 1, 6, 30);
            foreach (var (member, index) in cohort.Select((m, i) => (m, i)))
            {
                db.ServiceDeliveries.Add(ServiceDelivery.Log(member, intake, ServiceKind.Training, 30 + random.Next(20), providers[index % providers.Count],
                    new DateOnly(year, 5, 10), "Lean start-up bootcamp (demo)", Actor, Rome($"{year}-05-10T18:00")));
                db.ServiceDeliveries.Add(ServiceDelivery.Log(member, intake, ServiceKind.StrategicConsulting, 10 + random.Next(15), providers[(index + 1) % providers.Count],
                    new DateOnly(year, 9, 15), "Go-to-market sessions (demo)", Actor, Rome($"{year}-09-15T18:00")));
                if (index % 6 == 5)
                {
                    member.DropOut(new DateOnly(year, 10, 1), "Founders left to join a larger company (demo)", Rome($"{year}-10-01T12:00"));
                    continue;
                }
                member.Complete(completedOn, Rome($"{year + 1}-06-30T17:00"));
                foreach (var report in AlumniReport.ScheduleFor(member, completedOn, Rome($"{year + 1}-06-30T17:00")))
                {
                    db.AlumniReports.Add(report);
                    reports += Answer(report, member, now, random) ? 1 : 0;
                }
            }
            intake.MarkCohortCompleted(Rome($"{year + 1}-06-30T17:00"));
        }

        var open = OpenIntake(programme, now, providers);
        db.Intakes.Add(open);
        db.RecordChange(new ChangeAuthor(open.PublishedAt!.Value, Actor, null), AcceleratorEvents.Published(open, programme), "intake.published", "intake", open.Id);
        for (var i = 0; i < 25 && pool.Count > 0; i++)
        {
            var application = Application.Start(open.Id, pool.Dequeue().Id, Content(random), now.AddDays(-10 + (i % 9)));
            if (i % 3 != 0)
            {
                application.Submit([], now.AddDays(-9 + (i % 9)));
            }
            db.Applications.Add(application);
            applications++;
        }
        db.AddAuditEntry(now, Actor, "demo-data.loaded", "demo-data", "accelerator", new { applications, reports });
        await db.SaveChangesAsync(cancellationToken);
        return new AcceleratorDemoResult(3, applications, reports);
    }

    private static Intake PastIntake(AcceleratorProgramme programme, int year, List<Guid> providers)
    {
        var intake = Intake.Draft(programme.Id, Terms($"BA-DEMO-{year}", year, Rome($"{year}-01-15T09:00"), Rome($"{year}-02-28T12:00"), providers), Rome($"{year}-01-05T10:00"));
        intake.Publish(Rome($"{year}-01-10T10:00"));
        intake.FollowClock(Rome($"{year}-03-01T00:00"));
        return intake;
    }

    private static Intake OpenIntake(AcceleratorProgramme programme, DateTimeOffset now, List<Guid> providers)
    {
        var today = DateOnly.FromDateTime(RomeTime.Show(now).DateTime);
        var year = today.Year;
        // Opened two weeks ago at 09:00, closing in thirty days at noon, Rome time: as a manager would write them.
        RomeTime.TryInstant(today.AddDays(-14), new TimeOnly(9, 0), out var opensAt);
        RomeTime.TryInstant(today.AddDays(30), new TimeOnly(12, 0), out var deadline);
        var intake = Intake.Draft(programme.Id, Terms($"BA-DEMO-{year}", year, opensAt, RomeDeadline.At(deadline), providers), now.AddDays(-20));
        intake.Publish(now.AddDays(-15));
        intake.FollowClock(now);
        return intake;
    }

    private static IntakeTerms Terms(string code, int year, DateTimeOffset opensAt, RomeDeadline deadline, List<Guid> providers) => new(
        code, year,
        new LocalizedText($"Business Accelerator {year} (demo)", $"Business Accelerator {year} (demo)"),
        new LocalizedText("Sei mesi di formazione, consulenza strategica e networking per start-up innovative (dati sintetici).",
            "Six months of training, strategic consulting and networking for innovative start-ups (synthetic data)."),
        ["MANUFACTURING", "GREEN_TECH"],
        new IntakeEligibility(["enterprise"], ["micro", "small", "medium"], false, null, null, []),
        opensAt, deadline, 12, 6,
        [
            new CatalogueService(ServiceKind.Training, "Formazione imprenditoriale", "Entrepreneurship training", 40),
            new CatalogueService(ServiceKind.StrategicConsulting, "Consulenza strategica individuale", "Individual strategic consulting", 20),
            new CatalogueService(ServiceKind.Networking, "Incontri con investitori e imprese", "Meetings with investors and companies", 10),
        ],
        providers,
        [new RubricCriterion("team", "Squadra", "Team", 2), new RubricCriterion("market", "Mercato", "Market", 1), new RubricCriterion("innovation", "Innovazione", "Innovation", 1)]);

    private static Application Submitted(Intake intake, Guid organisation, Random random, DateTimeOffset at)
    {
        var application = Application.Start(intake.Id, organisation, Content(random), at.AddDays(-3));
        application.Submit([], at);
        return application;
    }

    /// <summary>A realistic selection: a few ineligible, twelve admitted, four wait-listed, the rest rejected.</summary>
    private static void Select(Application application, int index, DateTimeOffset at, Random random)
    {
        if (index % 9 == 8)
        {
            application.Screen(false, "Not an innovative start-up nor an SME at the deadline (demo)", at);
            return;
        }
        application.Screen(true, null, at);
        application.RecordScore(Math.Round(5m + (decimal)random.NextDouble() * 4.5m, 2), at);
        if (index < 13)
        {
            application.Admit(null, at.AddDays(5)); // indexes 0-12 but the ineligible 8: the cohort's twelve seats
        }
        else if (index < 17)
        {
            application.WaitList(index - 12, null, at.AddDays(5));
            application.Reject("The cohort has finished; no seat became free.", at.AddMonths(15));
        }
        else
        {
            application.Reject("Below the cohort's admission score (demo)", at.AddDays(5));
        }
    }

    /// <summary>Reports whose year has ended are requested; most are answered, with figures that grow year on year.</summary>
    private static bool Answer(AlumniReport report, Application member, DateTimeOffset now, Random random)
    {
        var requestedAt = new DateTimeOffset(report.PeriodEnd.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        if (requestedAt > now)
        {
            return false;
        }
        report.FollowClock(requestedAt);
        if (random.Next(10) == 0)
        {
            return false; // late: never answered
        }
        var baseline = member.Current.Traction.RevenueEur;
        var growth = 1m + report.Year * (0.3m + (decimal)random.NextDouble());
        var international = random.Next(3) == 0;
        var investment = random.Next(4) == 0 ? new List<Investment> { new(50_000 * (1 + random.Next(20)), (InvestorKind)random.Next(6)) } : [];
        report.Submit(new OutcomeFigures(Math.Round(Math.Max(baseline, 40_000) * growth, 0), 2 + report.Year * random.Next(1, 4), international ? 5 + random.Next(40) : random.Next(5),
            random.Next(2) == 0, international, international ? [Markets[random.Next(Markets.Length)]] : [], investment),
            report.PeriodEnd.AddDays(20), requestedAt.AddDays(20 + random.Next(30)));
        return true;
    }

    private static ApplicationContent Content(Random random) => new(
        [new TeamMember("Founder (demo)", "CEO", 1, true), new TeamMember("Co-founder (demo)", "CTO", 0.8m, true)],
        random.Next(2) == 0 ? "MANUFACTURING" : "GREEN_TECH",
        (StartupStage)random.Next(4),
        "Soluzione innovativa sintetica (demo)",
        "Synthetic innovative solution (demo)",
        new Traction(random.Next(0, 400) * 1000m, random.Next(0, 5000), random.Next(0, 50) * 10_000m),
        random.Next(2) == 0 ? ["DE", "FR"] : [],
        random.Next(2) == 0,
        []);

    private static DateTimeOffset Rome(string wallClock) => RomeTime.TryParse(wallClock, out var instant, out var error) ? instant : throw new InvalidOperationException(error);
}
