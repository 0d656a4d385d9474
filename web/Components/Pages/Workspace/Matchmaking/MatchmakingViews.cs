using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Workspace.Matchmaking;

/// <summary>A Meet the corporates session as the accelerator service answers it, with what the manager's pages show.</summary>
public sealed record SessionView(Guid Id, string Title, string Status, DateOnly Date, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    int SlotMinutes, int SlotCount, int TableCount, DateTimeOffset RegistrationDeadline, DateTimeOffset? PublishedAt, DateTimeOffset? AgendaPublishedAt);

public sealed record MeetingView(Guid Id, int Slot, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Table, string Status, string Origin, MeetingPartyView Participant, MeetingBuyerView Buyer);

public sealed record MeetingPartyView(Guid OrganisationId, string Name);

public sealed record MeetingBuyerView(Guid BuyerId, string Name);

public sealed record ScheduleRunView(int Placed, int Pinned, IReadOnlyList<Guid> Unplaced, int UpperBound);

/// <summary>The words for a session's and a meeting's states, in the page's language.</summary>
public static class MatchmakingWords
{
    public static string SessionStatus(string status) => status switch
    {
        "draft" => T("Bozza", "Draft"),
        "published" => T("Iscrizioni aperte", "Registration open"),
        "registration-closed" => T("Iscrizioni chiuse", "Registration closed"),
        "agenda-preliminary" => T("Agenda provvisoria", "Preliminary agenda"),
        "agenda-final" => T("Agenda definitiva", "Final agenda"),
        "closed" => T("Conclusa", "Closed"),
        _ => status,
    };

    public static string MeetingStatus(string status) => status switch
    {
        "tentative" => T("Provvisorio", "Tentative"),
        "scheduled" => T("Confermato", "Scheduled"),
        "cancelled" => T("Annullato", "Cancelled"),
        _ => status,
    };
}
