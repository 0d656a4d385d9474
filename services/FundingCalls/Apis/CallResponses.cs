using PiedmontSystem.Deadlines;
using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>A call as every endpoint answers it: in the caller's language, with the status the clock gives it now.</summary>
internal static class CallResponses
{
    public static async Task<CallResponse> OfAsync(FundingServices services, FundingCall call) =>
        Of(services, call, await ProgrammeCodes.OfAsync(services, call.ProgrammeId));

    public static CallResponse Of(FundingServices services, FundingCall call, string programmeCode) => new(
        call.Id,
        call.Code,
        programmeCode,
        call.Title.In(services.Language),
        call.Text.In(services.Language),
        new Dictionary<string, CallTranslationResponse> { ["it"] = new(call.Title.It, call.Text.It), ["en"] = new(call.Title.En, call.Text.En) },
        call.Instrument,
        call.StatusAt(services.Now),
        RomeTime.Show(call.OpensAt),
        call.Deadline.InRome,
        RomeTime.ZoneId,
        new CallEligibilityResponse(call.EligibleKinds, call.EligibleSizeClasses, call.EligiblePrioritySystems, call.EligibleComponents, call.EndorsementRequired, call.Consortium),
        call.MinGrantEur,
        call.MaxGrantEur,
        call.BudgetEur,
        call.CommittedEur,
        call.RemainingEur,
        call.Criteria.Select(criterion => new CriterionResponse(criterion.Code, criterion.Name.In(services.Language), criterion.Weight, criterion.MaxScore, criterion.Threshold)).ToList(),
        call.PassThreshold,
        call.Amendments,
        call.PublishedAt is { } published ? RomeTime.Show(published) : null,
        call.EvaluationCompletedAt is { } completed ? RomeTime.Show(completed) : null);
}
