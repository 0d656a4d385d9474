using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Internationalisation;

/// <summary>A CEIP event as GET /api/internationalisation/events/{id} answers it.</summary>
public sealed record EventView(
    Guid Id, string Kind, string Title, string Country, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string StartsAtLocal,
    IReadOnlyList<string> PrioritySystems, int Capacity, int Confirmed, int PlacesLeft, decimal? FeeEur, bool Free, string Status);

public sealed record EventRegistrationView(Guid Id, string Status, int? WaitListPosition, DateTimeOffset RegisteredAt);

/// <summary>A published partnering profile as the public reads it.</summary>
public sealed record PartneringView(
    Guid Id, string? Reference, string Direction, string Kind, string Title, string Summary, string Description, IReadOnlyList<string> CountriesOfInterest,
    IReadOnlyList<string> PrioritySystems, IReadOnlyList<string> Keywords, DateOnly ExpiresOn, string Status, string Country, string Region,
    string? OrganisationKind, string? OrganisationSizeClass);

public static class EventWords
{
    public static string Kind(string kind) => kind switch
    {
        "trade-mission" => T("Missione commerciale", "Trade mission"),
        "fair" => T("Fiera", "Fair"),
        "b2b-day" => T("Giornata di incontri B2B", "B2B matchmaking day"),
        _ => kind,
    };

    public static string Registration(string status) => status switch
    {
        "confirmed" => T("Iscrizione confermata", "Registration confirmed"),
        "wait-listed" => T("In lista d'attesa", "On the waiting list"),
        "cancelled" => T("Iscrizione annullata", "Registration cancelled"),
        _ => status,
    };

    public static string Direction(string direction) => direction == "offer" ? T("Offerta", "Offer") : T("Richiesta", "Request");

    public static string ProfileKind(string kind) => kind switch
    {
        "business" => T("Commerciale", "Business"),
        "technology" => T("Tecnologica", "Technology"),
        "research" => T("Ricerca", "Research"),
        _ => kind,
    };
}
