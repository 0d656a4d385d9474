using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Workspace.Intakes;

/// <summary>An accelerator intake as the accelerator service answers it, with what the manager's pages show.</summary>
public sealed record IntakeView(Guid Id, string Code, string ProgrammeCode, int Year, string Title, string Status, DateTimeOffset OpensAt, DateTimeOffset DeadlineAt, int CohortCapacity, string? ClosedEarlyReason);

public sealed record IntakeRankingView(Guid IntakeId, string IntakeCode, int CohortCapacity, int SeatsTaken, IReadOnlyList<IntakeRankingEntryView> Items);

public sealed record IntakeRankingEntryView(Guid ApplicationId, Guid OrganisationId, string? LegalName, string Status, decimal? Score, int ReviewsDone, int ReviewsAssigned, string? InterviewOutcome, int? WaitListPosition);

/// <summary>The words for an intake's and an application's states, in the page's language.</summary>
public static class IntakeWords
{
    public static string IntakeStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "forthcoming" => T("In apertura", "Forthcoming"),
        "open" => T("Aperta", "Open"),
        "closed" => T("Chiusa", "Closed"),
        _ => status,
    };

    public static string ApplicationStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "submitted" => T("Presentata", "Submitted"),
        "eligible" => T("Ammissibile", "Eligible"),
        "ineligible" => T("Non ammissibile", "Ineligible"),
        "admitted" => T("Ammessa", "Admitted"),
        "wait-listed" => T("In lista d'attesa", "Wait-listed"),
        "rejected" => T("Respinta", "Rejected"),
        "completed" => T("Completata", "Completed"),
        "dropped-out" => T("Ritirata durante il programma", "Dropped out"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };
}
