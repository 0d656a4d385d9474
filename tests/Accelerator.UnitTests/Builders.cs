using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.UnitTests;

/// <summary>Intakes, applications and facts for the unit tests, valid unless a test changes them.</summary>
internal static class Builders
{
    public static readonly DateTimeOffset Opening = Rome("2027-01-15T09:00");
    public static readonly DateTimeOffset Deadline = Rome("2027-03-31T12:00");
    public static readonly DateTimeOffset AfterDeadline = Deadline.AddDays(10);
    public static readonly Guid Provider = Guid.NewGuid();

    public static DateTimeOffset Rome(string local) =>
        RomeTime.TryParse(local, out var instant, out var error) ? instant : throw new ArgumentException(error);

    public static IntakeEligibility Eligibility(
        List<string>? kinds = null, List<string>? sizeClasses = null, bool innovativeOnly = false, DateOnly? foundedFrom = null, DateOnly? foundedTo = null,
        List<string>? provinces = null) =>
        new(kinds ?? ["enterprise"], sizeClasses ?? [], innovativeOnly, foundedFrom, foundedTo, provinces ?? []);

    public static IntakeTerms Terms(DateTimeOffset? opensAt = null, DateTimeOffset? deadlineAt = null, IntakeEligibility? eligibility = null, int capacity = 3) => new(
        "BA-2027",
        2027,
        new LocalizedText("Business Accelerator 2027", "Business Accelerator 2027"),
        new LocalizedText("Accelerazione", "Acceleration"),
        ["GREEN_TECH"],
        eligibility ?? Eligibility(),
        opensAt ?? Opening,
        RomeDeadline.At(deadlineAt ?? Deadline),
        capacity,
        4,
        [new CatalogueService(ServiceKind.Training, "Formazione", "Training", 20), new CatalogueService(ServiceKind.StrategicConsulting, "Consulenza", "Consulting", 10)],
        [Provider],
        [new RubricCriterion("team", "Squadra", "Team", 2), new RubricCriterion("market", "Mercato", "Market", 1)]);

    public static Intake DraftIntake(DateTimeOffset? opensAt = null, DateTimeOffset? deadlineAt = null, IntakeEligibility? eligibility = null) =>
        Intake.Draft(Guid.NewGuid(), Terms(opensAt, deadlineAt, eligibility), (opensAt ?? Opening).AddDays(-10));

    /// <summary>Published five days before its opening: forthcoming until then.</summary>
    public static Intake PublishedIntake(DateTimeOffset? opensAt = null, DateTimeOffset? deadlineAt = null, IntakeEligibility? eligibility = null)
    {
        var intake = DraftIntake(opensAt, deadlineAt, eligibility);
        intake.Publish((opensAt ?? Opening).AddDays(-5));
        return intake;
    }

    public static ApplicationContent Content(string prioritySystem = "GREEN_TECH", bool founder = true, string pitchIt = "Compositi riciclati",
        string pitchEn = "Recycled composites", params Affiliation[] affiliations) => new(
        [new TeamMember("Giulia Rossi", "CEO", 1, founder), new TeamMember("Marco Bianchi", "CTO", 0.8m, false)],
        prioritySystem,
        StartupStage.Mvp,
        pitchIt,
        pitchEn,
        new Traction(120_000, 40, 250_000),
        ["DE"],
        true,
        [.. affiliations]);

    public static StartupFacts Facts(string kind = "enterprise", string sizeClass = "micro", bool innovative = true, DateOnly? foundedOn = null, string province = "TO",
        bool noFoundingDate = false) =>
        new(Guid.NewGuid(), "Compositi Srl", kind, sizeClass, innovative, noFoundingDate ? null : foundedOn ?? new DateOnly(2023, 5, 10), province);

    /// <summary>An application brought to <paramref name="status"/> the way the selection does it.</summary>
    public static Application InState(ApplicationStatus status, ApplicationContent? content = null, Guid? organisationId = null)
    {
        var now = Opening.AddDays(1);
        var application = Application.Start(Guid.NewGuid(), organisationId ?? Guid.NewGuid(), content ?? Content(), now);
        if (status == ApplicationStatus.Draft)
        {
            return application;
        }
        if (status == ApplicationStatus.Withdrawn)
        {
            application.Withdraw("Changed our minds", now);
            return application;
        }
        application.Submit([], now);
        switch (status)
        {
            case ApplicationStatus.Submitted:
                return application;
            case ApplicationStatus.Ineligible:
                application.Screen(false, "Not incorporated", AfterDeadline);
                return application;
            case ApplicationStatus.Rejected:
                application.Reject("Weaker than the others", AfterDeadline);
                return application;
        }
        application.Screen(true, null, AfterDeadline);
        switch (status)
        {
            case ApplicationStatus.Eligible:
                return application;
            case ApplicationStatus.WaitListed:
                application.WaitList(1, null, AfterDeadline);
                return application;
        }
        application.Admit(null, AfterDeadline);
        switch (status)
        {
            case ApplicationStatus.Completed:
                application.Complete(new DateOnly(2027, 9, 30), AfterDeadline.AddMonths(6));
                break;
            case ApplicationStatus.DroppedOut:
                application.DropOut(new DateOnly(2027, 6, 30), "Founders split up", AfterDeadline.AddMonths(3));
                break;
        }
        return application;
    }
}
