using PiedmontSystem.Contracts;
using PiedmontSystem.Internationalisation.Domain.Liaison;
using PiedmontSystem.ServiceDefaults.Http;

namespace PiedmontSystem.Internationalisation.IntegrationEvents;

/// <summary>Builds the CEIP liaison's integration events (docs/internationalisation-liaison.md) from its domain objects.</summary>
internal static class LiaisonEvents
{
    public static LiaisonRequestOpened Opened(LiaisonRequest request) => new(
        request.Id, request.OrganisationId, QueryValues.Kebab(request.Kind), request.TargetCountries, request.PrioritySystems, QueryValues.Kebab(request.Urgency),
        QueryValues.Kebab(request.Source), request.ReferralReference, request.OpenedAt);

    public static LiaisonRequestAssessed Assessed(LiaisonRequest request) => new(
        request.Id, request.OrganisationId, request.Status == LiaisonStatus.Declined ? "declined" : "accepted", request.DeclineReason, request.AssessedAt!.Value);

    public static LiaisonRequestClosed Closed(LiaisonRequest request) => new(request.Id, request.OrganisationId, QueryValues.Kebab(request.Outcome!.Value), request.ClosedAt!.Value);

    public static IntroductionMade Made(Introduction introduction) => new(
        introduction.Id, introduction.OrganisationId, introduction.PartnerName, introduction.PartnerCountry, QueryValues.Kebab(introduction.PartnerKind),
        introduction.LiaisonRequestId, introduction.IntroducedOn, introduction.MadeAt);

    public static IntroductionOutcomeRecorded OutcomeRecorded(Introduction introduction, DateTimeOffset now) => new(
        introduction.Id, introduction.OrganisationId, Introduction.Kebab(introduction.Stage), introduction.LastStepOn, introduction.DropReason, now);
}
