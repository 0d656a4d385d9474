using PiedmontSystem.ServiceDefaults.Errors;

namespace PiedmontSystem.Accelerator.Domain;

/// <summary>The Business Accelerator's rules, each with a stable problem type (docs/problems.md).</summary>
public static class AcceleratorRules
{
    public static DomainRuleException IntakeCodeTaken(string code) =>
        new("intake-code-taken", "Intake code already used", $"Another intake already has the code {code}.", 409);

    public static DomainRuleException ProgrammeCodeTaken(string code) =>
        new("programme-code-taken", "Programme code already used", $"Another programme already has the code {code}.", 409);

    public static DomainRuleException AlreadyApplied(string intakeCode) =>
        new("application-already-exists", "The organisation already applied to this intake",
            $"An organisation has at most one application per intake; edit the existing application to {intakeCode} or withdraw it first.", 409);

    public static DomainRuleException CohortFull(string intakeCode, int capacity) =>
        new("cohort-full", "The cohort is full",
            $"Intake {intakeCode} admits at most {capacity} start-up(s) and they are all admitted; wait-list the application instead.", 409);

    public static DomainRuleException ConflictOfInterest(string detail) =>
        new("conflict-of-interest", "Conflict of interest", detail, 409);

    public static DomainRuleException NotAssigned() =>
        new("not-assigned", "Not assigned to you", "Only the reviewers assigned to an application score it.", 403);

    public static DomainRuleException AlreadyAssigned(string reviewerName) =>
        new("already-assigned", "Reviewer already assigned", $"{reviewerName} is already assigned to this application.", 409);

    public static DomainRuleException ReviewerAlreadyRegistered(string subject) =>
        new("reviewer-already-registered", "Reviewer already registered", $"A reviewer with subject '{subject}' is already registered.", 409);

    public static DomainRuleException NotAProvider(Guid organisationId, string intakeCode) =>
        new("not-a-provider", "Not a provider of this intake", $"Organisation {organisationId} is not among the providers that deliver intake {intakeCode}'s services.", 422);

    public static DomainRuleException ReportNotDue(int year, DateOnly periodEnd) =>
        new("report-not-due", "The report is not due yet", $"The year-{year} report covers the year ending {periodEnd:yyyy-MM-dd}; it can be submitted from that day.", 422);
}
