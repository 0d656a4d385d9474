using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — accelerator: an intake of the Business Accelerator was published (forthcoming, or open at
/// once when its opening has passed). Exchange <c>piedmont.accelerator.intake-published.v1</c>.
/// </summary>
/// <param name="IntakeId">Id of the intake in the accelerator service.</param>
/// <param name="Code">Code of the intake, e.g. BA-2027.</param>
/// <param name="ProgrammeCode">The programme it belongs to.</param>
/// <param name="ProgrammeYear">Year of the programme (1, 2, 3).</param>
/// <param name="TitleIt">Title in Italian.</param>
/// <param name="TitleEn">Title in English.</param>
/// <param name="PrioritySystems">SPIs the intake is open to.</param>
/// <param name="EligibleKinds">Organisation kinds it is open to (empty: any).</param>
/// <param name="InnovativeStartupsOnly">Only innovative start-ups (otherwise SMEs too).</param>
/// <param name="EligibleProvinces">Provinces it is open to (empty: any).</param>
/// <param name="OpensAt">Opening, with the Europe/Rome offset.</param>
/// <param name="DeadlineAt">Deadline: the last instant an application counts, with the Europe/Rome offset.</param>
/// <param name="CohortCapacity">Start-ups admitted at most.</param>
/// <param name="ServiceMonths">Length of the accelerator's services, in months.</param>
/// <param name="OccurredAt">When it was published.</param>
[EntityName("piedmont.accelerator.intake-published.v1")]
[MessageUrn("piedmont:accelerator:intake-published:v1")]
public sealed record IntakePublished(
    Guid IntakeId,
    string Code,
    string ProgrammeCode,
    int ProgrammeYear,
    string TitleIt,
    string TitleEn,
    IReadOnlyList<string> PrioritySystems,
    IReadOnlyList<string> EligibleKinds,
    bool InnovativeStartupsOnly,
    IReadOnlyList<string> EligibleProvinces,
    DateTimeOffset OpensAt,
    DateTimeOffset DeadlineAt,
    int CohortCapacity,
    int ServiceMonths,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — accelerator: a published intake was amended (opening, deadline, capacity, description). Exchange <c>piedmont.accelerator.intake-amended.v1</c>.</summary>
/// <param name="IntakeId">Id of the intake in the accelerator service.</param>
/// <param name="Code">Code of the intake, e.g. BA-2027.</param>
/// <param name="Reason">Why it was amended, as the manager wrote it.</param>
/// <param name="Changes">What changed, in words, e.g. "deadlineAt: 2027-03-31T12:00:00+02:00 → 2027-04-15T12:00:00+02:00".</param>
/// <param name="OpensAt">Opening after the amendment, with the Europe/Rome offset.</param>
/// <param name="DeadlineAt">Deadline after the amendment, with the Europe/Rome offset.</param>
/// <param name="CohortCapacity">Start-ups admitted at most, after the amendment.</param>
/// <param name="OccurredAt">When it was amended.</param>
[EntityName("piedmont.accelerator.intake-amended.v1")]
[MessageUrn("piedmont:accelerator:intake-amended:v1")]
public sealed record IntakeAmended(
    Guid IntakeId, string Code, string Reason, IReadOnlyList<string> Changes, DateTimeOffset OpensAt, DateTimeOffset DeadlineAt, int CohortCapacity, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — accelerator: an intake's opening came; applications count from now. Exchange <c>piedmont.accelerator.intake-opened.v1</c>.</summary>
/// <param name="IntakeId">Id of the intake in the accelerator service.</param>
/// <param name="Code">Code of the intake, e.g. BA-2027.</param>
/// <param name="DeadlineAt">Deadline: the last instant an application counts, with the Europe/Rome offset.</param>
/// <param name="OccurredAt">When it opened.</param>
[EntityName("piedmont.accelerator.intake-opened.v1")]
[MessageUrn("piedmont:accelerator:intake-opened:v1")]
public sealed record IntakeOpened(Guid IntakeId, string Code, DateTimeOffset DeadlineAt, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: an intake stopped taking applications, at its deadline (the clock) or early
/// (a manager, with <paramref name="ClosedEarlyReason"/>). Exchange <c>piedmont.accelerator.intake-closed.v1</c>.
/// </summary>
/// <param name="IntakeId">Id of the intake in the accelerator service.</param>
/// <param name="Code">Code of the intake, e.g. BA-2027.</param>
/// <param name="SubmittedApplications">Applications submitted and not withdrawn.</param>
/// <param name="ClosedEarlyReason">The manager's reason when it was closed before its deadline; null at the deadline.</param>
/// <param name="OccurredAt">When it closed.</param>
[EntityName("piedmont.accelerator.intake-closed.v1")]
[MessageUrn("piedmont:accelerator:intake-closed:v1")]
public sealed record IntakeClosed(Guid IntakeId, string Code, int SubmittedApplications, string? ClosedEarlyReason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — accelerator: an application was submitted or re-submitted. Exchange <c>piedmont.accelerator.application-submitted.v1</c>.</summary>
/// <param name="ApplicationId">Id of the application in the accelerator service.</param>
/// <param name="IntakeId">Its intake.</param>
/// <param name="IntakeCode">Code of its intake, e.g. BA-2027.</param>
/// <param name="OrganisationId">Registry id of the applying start-up or SME.</param>
/// <param name="Version">Submission number (1 for the first, then 2, 3… for re-submissions).</param>
/// <param name="ContentHash">SHA-256 of what was submitted, hex, as on the applicant's receipt.</param>
/// <param name="Eligible">Whether the automatic eligibility check passed.</param>
/// <param name="PrioritySystem">The SPI code it applies under, e.g. MANUFACTURING.</param>
/// <param name="Stage">idea, mvp, revenue or scale-up.</param>
/// <param name="OccurredAt">When it was submitted.</param>
[EntityName("piedmont.accelerator.application-submitted.v1")]
[MessageUrn("piedmont:accelerator:application-submitted:v1")]
public sealed record ApplicationSubmitted(
    Guid ApplicationId, Guid IntakeId, string IntakeCode, Guid OrganisationId, int Version, string ContentHash, bool Eligible,
    string PrioritySystem, string Stage, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: a start-up was admitted to an intake's cohort (directly, or moved up from the
/// wait list when an admitted one dropped out). The internationalisation service opens a liaison
/// request from it when the start-up has international ambitions and consented to share them with
/// CEIP; without consent the ambitions and the pitch are left out.
/// Exchange <c>piedmont.accelerator.startup-admitted.v1</c>.
/// </summary>
/// <param name="ApplicationId">Its application.</param>
/// <param name="IntakeId">The intake.</param>
/// <param name="IntakeCode">Code of the intake, e.g. BA-2027.</param>
/// <param name="OrganisationId">Registry id of the start-up.</param>
/// <param name="LegalName">The start-up's registered name.</param>
/// <param name="PrioritySystem">The SPI code it applied under.</param>
/// <param name="Stage">idea, mvp, revenue or scale-up.</param>
/// <param name="ShareWithCeip">The start-up consented to share its application with CEIP.</param>
/// <param name="TargetCountries">ISO 3166-1 alpha-2 codes of the markets it aims at (empty without consent).</param>
/// <param name="PitchIt">The pitch in Italian (null without consent).</param>
/// <param name="PitchEn">The pitch in English (null without consent).</param>
/// <param name="FromWaitList">Admitted by moving up the wait list.</param>
/// <param name="OccurredAt">When it was admitted.</param>
[EntityName("piedmont.accelerator.startup-admitted.v1")]
[MessageUrn("piedmont:accelerator:startup-admitted:v1")]
public sealed record StartupAdmitted(
    Guid ApplicationId, Guid IntakeId, string IntakeCode, Guid OrganisationId, string LegalName, string PrioritySystem, string Stage,
    bool ShareWithCeip, IReadOnlyList<string> TargetCountries, string? PitchIt, string? PitchEn, bool FromWaitList, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — accelerator: every start-up of an intake's cohort has completed or dropped out. Exchange <c>piedmont.accelerator.cohort-completed.v1</c>.</summary>
/// <param name="IntakeId">The intake.</param>
/// <param name="IntakeCode">Code of the intake, e.g. BA-2027.</param>
/// <param name="Completed">Start-ups that completed the programme.</param>
/// <param name="DroppedOut">Start-ups that dropped out.</param>
/// <param name="OccurredAt">When the last one completed or dropped out.</param>
[EntityName("piedmont.accelerator.cohort-completed.v1")]
[MessageUrn("piedmont:accelerator:cohort-completed:v1")]
public sealed record CohortCompleted(Guid IntakeId, string IntakeCode, int Completed, int DroppedOut, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: an alumnus's yearly outcome report is requested (<paramref name="Reminder"/> 0)
/// or the alumnus is reminded of it (1, 2, 3). Exchange <c>piedmont.accelerator.alumni-report-requested.v1</c>.
/// </summary>
/// <param name="ReportId">Id of the report.</param>
/// <param name="ApplicationId">The alumnus's application.</param>
/// <param name="OrganisationId">Registry id of the alumnus.</param>
/// <param name="IntakeCode">Code of its intake, e.g. BA-2027.</param>
/// <param name="Year">Year after completion the report covers (1, 2, 3).</param>
/// <param name="PeriodEnd">Last day of the year reported on.</param>
/// <param name="DueOn">Last day to report; later it is late.</param>
/// <param name="Reminder">0 for the request, then 1, 2, 3 for each reminder.</param>
/// <param name="OccurredAt">When it was requested or the reminder sent.</param>
[EntityName("piedmont.accelerator.alumni-report-requested.v1")]
[MessageUrn("piedmont:accelerator:alumni-report-requested:v1")]
public sealed record AlumniReportRequested(
    Guid ReportId, Guid ApplicationId, Guid OrganisationId, string IntakeCode, int Year, DateOnly PeriodEnd, DateOnly DueOn, int Reminder, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// v1 — accelerator: an alumnus reported a year's outcomes. Carries no figures (they are the
/// company's private data; the indicators endpoint publishes them only in aggregate).
/// Exchange <c>piedmont.accelerator.outcome-reported.v1</c>.
/// </summary>
/// <param name="ReportId">Id of the report.</param>
/// <param name="ApplicationId">The alumnus's application.</param>
/// <param name="OrganisationId">Registry id of the alumnus.</param>
/// <param name="IntakeCode">Code of its intake, e.g. BA-2027.</param>
/// <param name="Year">Year after completion the report covers (1, 2, 3).</param>
/// <param name="Late">Reported after the due day.</param>
/// <param name="OccurredAt">When it was reported.</param>
[EntityName("piedmont.accelerator.outcome-reported.v1")]
[MessageUrn("piedmont:accelerator:outcome-reported:v1")]
public sealed record OutcomeReported(Guid ReportId, Guid ApplicationId, Guid OrganisationId, string IntakeCode, int Year, bool Late, DateTimeOffset OccurredAt) : IIntegrationEvent;
