using PiedmontSystem.Accelerator.Domain;
using PiedmontSystem.Contracts;
using PiedmontSystem.Deadlines;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Accelerator.IntegrationEvents;

/// <summary>Builds the Business Accelerator's integration events (docs/events.md) from its domain objects.</summary>
internal static class AcceleratorEvents
{
    public static IntakePublished Published(Intake intake, AcceleratorProgramme programme) => new(
        intake.Id, intake.Code, programme.Code, programme.ProgrammeYearOf(intake.Year), intake.Title.It, intake.Title.En, intake.PrioritySystems,
        intake.Eligibility.Kinds, intake.Eligibility.InnovativeStartupsOnly, intake.Eligibility.Provinces,
        RomeTime.Show(intake.OpensAt), intake.Deadline.InRome, intake.CohortCapacity, intake.ServiceMonths, intake.PublishedAt!.Value);

    public static IntakeAmended Amended(Intake intake, IntakeAmendment amendment) => new(
        intake.Id, intake.Code, amendment.Reason, amendment.Changes, RomeTime.Show(intake.OpensAt), intake.Deadline.InRome, intake.CohortCapacity, amendment.At);

    public static IntakeOpened Opened(Intake intake, DateTimeOffset now) => new(intake.Id, intake.Code, intake.Deadline.InRome, now);

    public static IntakeClosed Closed(Intake intake, int submitted, DateTimeOffset now) => new(intake.Id, intake.Code, submitted, intake.ClosedEarlyReason, now);

    public static ApplicationSubmitted Submitted(Application application, Intake intake) => new(
        application.Id, intake.Id, intake.Code, application.OrganisationId, application.SubmissionVersion, application.ContentHash!,
        application.EligibilityFailures.Count == 0, application.Submitted!.PrioritySystem, QueryValues.Kebab(application.Submitted.Stage), application.SubmittedAt!.Value);

    /// <summary>Without the start-up's consent, its ambitions and pitch stay in the accelerator.</summary>
    public static StartupAdmitted Admitted(Application application, Intake intake, string legalName, bool fromWaitList, DateTimeOffset now)
    {
        var content = application.Current;
        var consent = content.ShareWithCeip;
        return new(
            application.Id, intake.Id, intake.Code, application.OrganisationId, legalName, content.PrioritySystem, QueryValues.Kebab(content.Stage),
            consent, consent ? content.TargetCountries : [], consent ? NullIfEmpty(content.PitchIt) : null, consent ? NullIfEmpty(content.PitchEn) : null, fromWaitList, now);
    }

    public static CohortCompleted CohortCompleted(Intake intake, int completed, int droppedOut, DateTimeOffset now) => new(intake.Id, intake.Code, completed, droppedOut, now);

    public static AlumniReportRequested ReportRequested(AlumniReport report, string intakeCode, int reminder, DateTimeOffset now) => new(
        report.Id, report.ApplicationId, report.OrganisationId, intakeCode, report.Year, report.PeriodEnd, report.DueOn, reminder, now);

    public static OutcomeReported Reported(AlumniReport report, string intakeCode, bool late) => new(
        report.Id, report.ApplicationId, report.OrganisationId, intakeCode, report.Year, late, report.SubmittedAt!.Value);

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
