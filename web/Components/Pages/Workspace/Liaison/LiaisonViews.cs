using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Workspace.Liaison;

/// <summary>A liaison request as the internationalisation service answers it, with what CEIP's pages show.</summary>
public sealed record LiaisonRequestView(
    Guid Id, Guid OrganisationId, string? OrganisationName, string Kind, IReadOnlyList<string> TargetCountries, string? DescriptionIt, string? DescriptionEn,
    string Urgency, string Status, DateTimeOffset OpenedAt, DateTimeOffset AssessBy, bool Flagged, string? DeclineReason, string? OfficerSubject, string? OfficerName,
    string? Outcome, string? OutcomeText, IReadOnlyList<LiaisonNoteView>? Notes);

public sealed record LiaisonNoteView(Guid Id, string Text, bool VisibleToRequester, string Author, DateTimeOffset WrittenAt);

/// <summary>The words for a liaison request's kinds and states, in the page's language.</summary>
public static class LiaisonWords
{
    public static string Status(string status) => status switch
    {
        "new" => T("Nuova", "New"),
        "accepted" => T("Accettata", "Accepted"),
        "declined" => T("Rifiutata", "Declined"),
        "in-progress" => T("In corso", "In progress"),
        "closed" => T("Chiusa", "Closed"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
    };

    public static string Kind(string kind) => kind switch
    {
        "foreign-market-entry" => T("Ingresso in un mercato estero", "Foreign market entry"),
        "partner-search" => T("Ricerca partner", "Partner search"),
        "buyer-introduction" => T("Presentazione a un acquirente", "Buyer introduction"),
        "trade-mission" => T("Missione commerciale", "Trade mission"),
        "eu-project-partnering" => T("Partenariato per progetti UE", "EU project partnering"),
        _ => kind,
    };

    public static string Urgency(string urgency) => urgency switch
    {
        "low" => T("Bassa", "Low"),
        "normal" => T("Normale", "Normal"),
        "high" => T("Alta", "High"),
        _ => urgency,
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "achieved" => T("Raggiunto", "Achieved"),
        "partly" => T("In parte", "Partly"),
        "not-achieved" => T("Non raggiunto", "Not achieved"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => outcome,
    };
}
