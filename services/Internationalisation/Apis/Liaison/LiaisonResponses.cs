using PiedmontSystem.Internationalisation.Domain.Liaison;

namespace PiedmontSystem.Internationalisation.Apis.Liaison;

public sealed record LiaisonNoteResponse(Guid Id, string Text, bool VisibleToRequester, string Author, DateTimeOffset WrittenAt);

/// <summary>A liaison request; <c>flagged</c> is computed at the request's instant (still new past <c>assessBy</c>).</summary>
public sealed record LiaisonRequestResponse(
    Guid Id, Guid OrganisationId, string? OrganisationName, LiaisonKind Kind, IReadOnlyList<string> TargetCountries, IReadOnlyList<string> PrioritySystems,
    string? NaceCode, string? DescriptionIt, string? DescriptionEn, LiaisonUrgency Urgency, LiaisonSource Source, string? ReferralReference,
    LiaisonStatus Status, DateTimeOffset OpenedAt, DateTimeOffset AssessBy, bool Flagged, DateTimeOffset? AssessedAt, string? DeclineReason,
    string? OfficerSubject, string? OfficerName, DateTimeOffset? StartedAt, LiaisonOutcome? Outcome, string? OutcomeText, DateTimeOffset? ClosedAt,
    IReadOnlyList<LiaisonNoteResponse>? Notes)
{
    /// <summary>Notes are given on a single request; internal notes only to CEIP officers.</summary>
    public static LiaisonRequestResponse Of(LiaisonRequest r, string? organisationName, DateTimeOffset now, bool withNotes, bool internalNotes) => new(
        r.Id, r.OrganisationId, organisationName, r.Kind, r.TargetCountries, r.PrioritySystems, r.NaceCode, r.DescriptionIt, r.DescriptionEn, r.Urgency, r.Source,
        r.ReferralReference, r.Status, r.OpenedAt, r.AssessBy, r.IsFlagged(now), r.AssessedAt, r.DeclineReason, r.OfficerSubject, r.OfficerName, r.StartedAt,
        r.Outcome, r.OutcomeText, r.ClosedAt,
        withNotes
            ? r.Notes.Where(n => internalNotes || n.VisibleToRequester).OrderBy(n => n.WrittenAt)
                .Select(n => new LiaisonNoteResponse(n.Id, n.Text, n.VisibleToRequester, n.Author, n.WrittenAt)).ToList()
            : null);
}

public sealed record IntroductionResponse(
    Guid Id, Guid OrganisationId, string? OrganisationName, string PartnerName, string PartnerCountry, PartnerKind PartnerKind, Guid? LiaisonRequestId,
    string? Note, IntroductionStage Stage, DateOnly IntroducedOn, DateOnly? MeetingHeldOn, DateOnly? AgreementSignedOn, DateOnly? DroppedOn, string? DropReason,
    DateTimeOffset MadeAt)
{
    public static IntroductionResponse Of(Introduction i, string? organisationName) => new(
        i.Id, i.OrganisationId, organisationName, i.PartnerName, i.PartnerCountry, i.PartnerKind, i.LiaisonRequestId, i.Note, i.Stage, i.IntroducedOn,
        i.MeetingHeldOn, i.AgreementSignedOn, i.DroppedOn, i.DropReason, i.MadeAt);
}
