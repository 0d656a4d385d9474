using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Internationalisation;

/// <summary>
/// CEIP's codes for liaison requests in words, one wording for the company that asks and the CEIP
/// officer who handles the request, so both read the same kind, state and outcome.
/// </summary>
public static class LiaisonWords
{
    public static IReadOnlyList<string> Kinds { get; } = ["foreign-market-entry", "partner-search", "buyer-introduction", "trade-mission", "eu-project-partnering"];

    public static string Kind(string kind) => kind switch
    {
        "foreign-market-entry" => T("Ingresso in un mercato estero", "Entering a foreign market"),
        "partner-search" => T("Ricerca di partner", "Partner search"),
        "buyer-introduction" => T("Presentazione a un grande acquirente multinazionale", "Introduction to a multinational buyer"),
        "trade-mission" => T("Partecipazione a una missione commerciale", "Taking part in a trade mission"),
        "eu-project-partnering" => T("Partenariato per progetti europei", "EU-project partnering"),
        _ => kind,
    };

    public static string Status(string status) => status switch
    {
        "new" => T("Da valutare", "To be assessed"),
        "accepted" => T("Accettata", "Accepted"),
        "declined" => T("Non accolta", "Declined"),
        "in-progress" => T("In lavorazione", "In progress"),
        "closed" => T("Chiusa", "Closed"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => status,
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
        "achieved" => T("Obiettivo raggiunto", "Achieved"),
        "partly" => T("Obiettivo raggiunto in parte", "Partly achieved"),
        "not-achieved" => T("Obiettivo non raggiunto", "Not achieved"),
        "withdrawn" => T("Ritirata", "Withdrawn"),
        _ => outcome,
    };
}
