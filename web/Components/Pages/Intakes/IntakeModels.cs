using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Intakes;

public sealed record IntakeEligibility(IReadOnlyList<string> Kinds, IReadOnlyList<string> SizeClasses, bool InnovativeStartupsOnly, DateOnly? FoundedFrom, DateOnly? FoundedTo, IReadOnlyList<string> Provinces);

public sealed record IntakeService(string Kind, string DescriptionIt, string DescriptionEn, decimal PlannedHours);

public sealed record IntakeProvider(Guid Id, string? LegalName);

/// <summary>An accelerator intake as GET /api/accelerator/intakes/{id} answers it.</summary>
public sealed record IntakeView(
    Guid Id, string Code, string ProgrammeCode, int Year, string Title, string Description, IReadOnlyList<string> PrioritySystems, IntakeEligibility Eligibility,
    DateTimeOffset OpensAt, DateTimeOffset DeadlineAt, int CohortCapacity, int ServiceMonths, IReadOnlyList<IntakeService> Services,
    IReadOnlyList<IntakeProvider> Providers, string Status);

public sealed record TeamMemberView(string Name, string Role, decimal Fte, bool Founder);

public sealed record TractionView(decimal RevenueEur, int Users, decimal FundingRaisedEur);

public sealed record ApplicationContentView(IReadOnlyList<TeamMemberView> Team, string PrioritySystem, string Stage, string PitchIt, string PitchEn,
    TractionView Traction, IReadOnlyList<string> TargetCountries, bool ShareWithCeip);

public sealed record ApplicationReceiptView(Guid ApplicationId, int Version, DateTimeOffset SubmittedAt, string ContentHash);

public sealed record ApplicationFailure(string Rule, string Field, string Message);

/// <summary>An application as GET /api/accelerator/applications/{id} answers it.</summary>
public sealed record ApplicationView(
    Guid Id, Guid IntakeId, string IntakeCode, Guid OrganisationId, string? LegalName, string Status, ApplicationContentView? Content, ApplicationContentView? Submitted,
    bool HasUnsubmittedChanges, ApplicationReceiptView? Receipt, IReadOnlyList<ApplicationFailure> EligibilityFailures, int? WaitListPosition, string? DecisionReason);

public sealed record ApplicationSubmission(ApplicationReceiptView Receipt, bool Eligible, ApplicationView Application);

public sealed class ApplicationForm
{
    public string? FounderName { get; set; }
    public string? FounderRole { get; set; }
    public string? PrioritySystem { get; set; }
    public string? Stage { get; set; }
    public string? Pitch { get; set; }
    public string? RevenueEur { get; set; }
    public string? Users { get; set; }
    public string? FundingRaisedEur { get; set; }
    public string? TargetCountries { get; set; }
    public bool ShareWithCeip { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
    public string SubmitKey { get; set; } = Guid.NewGuid().ToString();
}

public sealed record TeamMemberDraft(string? Name, string? Role, decimal Fte, bool Founder);

public sealed record TractionDraft(decimal RevenueEur, int Users, decimal FundingRaisedEur);

public sealed record ApplicationDraft(IReadOnlyList<TeamMemberDraft> Team, string? PrioritySystem, string? Stage, string? PitchIt, string? PitchEn,
    TractionDraft Traction, IReadOnlyList<string> TargetCountries, bool ShareWithCeip);

/// <summary>The accelerator's codes in words.</summary>
public static class IntakeWords
{
    public static string Status(string status) => status switch
    {
        "forthcoming" => T("In arrivo", "Forthcoming"),
        "open" => T("Candidature aperte", "Open for applications"),
        "closed" => T("Candidature chiuse", "Closed"),
        _ => status,
    };

    public static string Stage(string stage) => stage switch
    {
        "idea" => T("Idea", "Idea"),
        "mvp" => T("Prodotto minimo (MVP)", "Minimum viable product"),
        "revenue" => T("Primi ricavi", "First revenue"),
        "scale-up" => T("Crescita (scale-up)", "Scale-up"),
        _ => stage,
    };

    public static IReadOnlyList<string> Stages { get; } = ["idea", "mvp", "revenue", "scale-up"];

    public static string Service(string kind) => kind switch
    {
        "training" => T("Formazione", "Training"),
        "strategic-consulting" => T("Consulenza strategica individuale", "Individual strategic consulting"),
        "networking" => T("Networking", "Networking"),
        _ => kind,
    };

    public static string ApplicationStatus(string status) => status switch
    {
        "draft" => T("Bozza, non presentata", "Draft, not submitted"),
        "submitted" => T("Presentata, in attesa della selezione", "Submitted, awaiting selection"),
        "eligible" => T("Presentata, ammissibile", "Submitted, eligible"),
        "ineligible" => T("Presentata, non ammissibile", "Submitted, not eligible"),
        "admitted" => T("Ammessa", "Admitted"),
        "wait-listed" => T("In lista d'attesa", "Wait-listed"),
        "rejected" => T("Non ammessa", "Not admitted"),
        "completed" => T("Percorso completato", "Completed"),
        "dropped-out" => T("Ritirata dal percorso", "Dropped out"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };
}
