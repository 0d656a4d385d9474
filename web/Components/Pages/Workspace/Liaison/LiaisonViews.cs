namespace PiedmontSystem.Web.Components.Pages.Workspace.Liaison;

/// <summary>A liaison request as the internationalisation service answers it, with what CEIP's pages show.</summary>
public sealed record LiaisonRequestView(
    Guid Id, Guid OrganisationId, string? OrganisationName, string Kind, IReadOnlyList<string> TargetCountries, string? DescriptionIt, string? DescriptionEn,
    string Urgency, string Status, DateTimeOffset OpenedAt, DateTimeOffset AssessBy, bool Flagged, string? DeclineReason, string? OfficerSubject, string? OfficerName,
    string? Outcome, string? OutcomeText, IReadOnlyList<LiaisonNoteView>? Notes);

public sealed record LiaisonNoteView(Guid Id, string Text, bool VisibleToRequester, string Author, DateTimeOffset WrittenAt);
