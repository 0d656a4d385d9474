using MassTransit;

namespace PiedmontSystem.Contracts;

/// <summary>
/// v1 — internationalisation: a liaison request was opened (by an organisation, a cluster manager
/// for a member, or a referral from the accelerator). Exchange <c>piedmont.internationalisation.liaison-request-opened.v1</c>.
/// </summary>
/// <param name="RequestId">The liaison request.</param>
/// <param name="OrganisationId">The organisation the request is for (registry id).</param>
/// <param name="Kind">foreign-market-entry, partner-search, buyer-introduction, trade-mission or eu-project-partnering.</param>
/// <param name="TargetCountries">ISO 3166-1 alpha-2 codes.</param>
/// <param name="PrioritySystems">SPI codes.</param>
/// <param name="Urgency">low, normal or high.</param>
/// <param name="Source">organisation, cluster or accelerator.</param>
/// <param name="ReferralReference">The referring cluster's code or the accelerator intake's code; null when the organisation asked itself.</param>
/// <param name="OccurredAt">When the request was opened.</param>
[EntityName("piedmont.internationalisation.liaison-request-opened.v1")]
[MessageUrn("piedmont:internationalisation:liaison-request-opened:v1")]
public sealed record LiaisonRequestOpened(
    Guid RequestId, Guid OrganisationId, string Kind, IReadOnlyList<string> TargetCountries, IReadOnlyList<string> PrioritySystems, string Urgency,
    string Source, string? ReferralReference, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — internationalisation: a CEIP officer assessed a liaison request. Exchange <c>piedmont.internationalisation.liaison-request-assessed.v1</c>.</summary>
/// <param name="RequestId">The liaison request.</param>
/// <param name="OrganisationId">The organisation the request is for.</param>
/// <param name="Decision">accepted or declined.</param>
/// <param name="Reason">Why it was declined; null when accepted.</param>
/// <param name="OccurredAt">When it was assessed.</param>
[EntityName("piedmont.internationalisation.liaison-request-assessed.v1")]
[MessageUrn("piedmont:internationalisation:liaison-request-assessed:v1")]
public sealed record LiaisonRequestAssessed(Guid RequestId, Guid OrganisationId, string Decision, string? Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — internationalisation: a liaison request was closed with an outcome. Exchange <c>piedmont.internationalisation.liaison-request-closed.v1</c>.</summary>
/// <param name="RequestId">The liaison request.</param>
/// <param name="OrganisationId">The organisation the request is for.</param>
/// <param name="Outcome">achieved, partly or not-achieved.</param>
/// <param name="OccurredAt">When it was closed.</param>
[EntityName("piedmont.internationalisation.liaison-request-closed.v1")]
[MessageUrn("piedmont:internationalisation:liaison-request-closed:v1")]
public sealed record LiaisonRequestClosed(Guid RequestId, Guid OrganisationId, string Outcome, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — internationalisation: a CEIP officer introduced an SME to a multinational or foreign partner. Exchange <c>piedmont.internationalisation.introduction-made.v1</c>.</summary>
/// <param name="IntroductionId">The introduction.</param>
/// <param name="OrganisationId">The SME (registry id).</param>
/// <param name="PartnerName">The multinational or foreign partner.</param>
/// <param name="PartnerCountry">The partner's ISO 3166-1 alpha-2 country.</param>
/// <param name="PartnerKind">multinational, foreign-sme, research-body, distributor or other.</param>
/// <param name="LiaisonRequestId">The liaison request it answers, if any.</param>
/// <param name="IntroducedOn">The day of the introduction.</param>
/// <param name="OccurredAt">When it was recorded.</param>
[EntityName("piedmont.internationalisation.introduction-made.v1")]
[MessageUrn("piedmont:internationalisation:introduction-made:v1")]
public sealed record IntroductionMade(
    Guid IntroductionId, Guid OrganisationId, string PartnerName, string PartnerCountry, string PartnerKind, Guid? LiaisonRequestId, DateOnly IntroducedOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>v1 — internationalisation: an introduction moved up its ladder or was dropped. Exchange <c>piedmont.internationalisation.introduction-outcome-recorded.v1</c>.</summary>
/// <param name="IntroductionId">The introduction.</param>
/// <param name="OrganisationId">The SME.</param>
/// <param name="Stage">meeting-held, agreement-signed or dropped.</param>
/// <param name="On">The day the step happened.</param>
/// <param name="Reason">Why it was dropped; null otherwise.</param>
/// <param name="OccurredAt">When it was recorded.</param>
[EntityName("piedmont.internationalisation.introduction-outcome-recorded.v1")]
[MessageUrn("piedmont:internationalisation:introduction-outcome-recorded:v1")]
public sealed record IntroductionOutcomeRecorded(Guid IntroductionId, Guid OrganisationId, string Stage, DateOnly On, string? Reason, DateTimeOffset OccurredAt) : IIntegrationEvent;
