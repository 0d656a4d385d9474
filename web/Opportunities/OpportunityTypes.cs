namespace PiedmontSystem.Web.Opportunities;

/// <summary>The kinds of opportunity the feed lists, and the portal page of each.</summary>
public static class OpportunityTypes
{
    public const string Call = "call";
    public const string Intake = "intake";
    public const string Session = "session";
    public const string Event = "event";
    public const string Partnering = "partnering";

    public static readonly IReadOnlyList<string> All = [Call, Intake, Session, Event, Partnering];

    /// <summary>The page of an opportunity: the other parts of the portal serve these paths.</summary>
    public static string PathOf(string type, Guid id) => type switch
    {
        Call => $"/calls/{id}",
        Intake => $"/intakes/{id}",
        Session => $"/matchmaking/sessions/{id}",
        Event => $"/internationalisation/events/{id}",
        Partnering => $"/internationalisation/partnering/{id}",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a type of opportunity."),
    };
}
