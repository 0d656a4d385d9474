using static PiedmontSystem.Web.Localisation.Text;

namespace PiedmontSystem.Web.Components.Pages.Internationalisation;

public sealed record LiaisonNoteView(Guid Id, string Text, string Author, DateTimeOffset WrittenAt);

/// <summary>A liaison request as GET /api/internationalisation/liaison-requests/{id} answers it to its requester.</summary>
public sealed record LiaisonView(
    Guid Id, Guid OrganisationId, string? OrganisationName, string Kind, IReadOnlyList<string> TargetCountries, IReadOnlyList<string> PrioritySystems,
    string? DescriptionIt, string? DescriptionEn, string Urgency, string Status, DateTimeOffset OpenedAt, DateTimeOffset AssessBy, DateTimeOffset? AssessedAt,
    string? DeclineReason, string? OfficerName, DateTimeOffset? StartedAt, string? Outcome, string? OutcomeText, DateTimeOffset? ClosedAt,
    IReadOnlyList<LiaisonNoteView>? Notes);

public sealed class LiaisonForm
{
    public string? Kind { get; set; }
    public string? TargetCountries { get; set; }
    public string? Description { get; set; }
    public string? Urgency { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();
}

public sealed record LiaisonAsk(string? Kind, IReadOnlyList<string> TargetCountries, IReadOnlyList<string> PrioritySystems, string? DescriptionIt, string? DescriptionEn, string? Urgency);

/// <summary>One step of a request's progress, in order: reached or still ahead.</summary>
public sealed record ProgressStep(string Name, DateTimeOffset? At, string? Detail, bool Reached);

/// <summary>A request's progress as its requester follows it.</summary>
public static class LiaisonProgress
{
    /// <summary>new → assessed → in progress → closed, as the requester follows it.</summary>
    public static IReadOnlyList<ProgressStep> Steps(LiaisonView r)
    {
        var declined = r.Status == "declined";
        var withdrawn = r.Status == "withdrawn";
        return
        [
            new(T("Richiesta ricevuta", "Request received"), r.OpenedAt, T($"Il CEIP la valuta entro il {Day(r.AssessBy)}", $"CEIP assesses it by {Day(r.AssessBy)}"), true),
            new(declined ? T("Non accolta", "Declined") : T("Valutata e accettata", "Assessed and accepted"), r.AssessedAt, declined ? r.DeclineReason : null, r.AssessedAt is not null),
            new(T("In lavorazione", "In progress"), r.StartedAt, r.OfficerName is null ? null : T($"Referente CEIP: {r.OfficerName}", $"CEIP officer: {r.OfficerName}"), r.StartedAt is not null),
            new(withdrawn ? T("Ritirata", "Withdrawn") : T("Chiusa con un esito", "Closed with an outcome"), r.ClosedAt,
                r.Outcome is null ? null : LiaisonWords.Outcome(r.Outcome) + (r.OutcomeText is null ? "" : ": " + r.OutcomeText), r.ClosedAt is not null),
        ];
    }
}
