using PiedmontSystem.FundingCalls.Domain;

namespace PiedmontSystem.FundingCalls.Apis;

/// <summary>A call as every endpoint answers it: in the caller's language, with the status the clock gives it now.</summary>
internal static class CallResponses
{
    public static async Task<CallResponse> OfAsync(FundingServices services, FundingCall call) =>
        Of(services, call, await ProgrammeCodes.OfAsync(services, call.ProgrammeId));

    public static CallResponse Of(FundingServices services, FundingCall c, string programmeCode) => new(
        c.Id,
        c.Code,
        programmeCode,
        c.Title.In(services.Language),
        c.Text.In(services.Language),
        new Dictionary<string, CallTranslation> { ["it"] = new(c.Title.It, c.Text.It), ["en"] = new(c.Title.En, c.Text.En) },
        c.Instrument,
        c.StatusAt(services.Now),
        RomeTime.Show(c.OpensAt),
        c.Deadline.InRome,
        RomeTime.ZoneId,
        new CallEligibility(c.EligibleKinds, c.EligibleSizeClasses, c.EligiblePrioritySystems, c.EligibleComponents, c.EndorsementRequired, c.Consortium),
        c.MinGrantEur,
        c.MaxGrantEur,
        c.BudgetEur,
        c.CommittedEur,
        c.RemainingEur,
        c.Criteria.Select(k => new CriterionResponse(k.Code, k.Name.In(services.Language), k.Weight, k.MaxScore, k.Threshold)).ToList(),
        c.PassThreshold,
        c.Amendments,
        c.PublishedAt is { } published ? RomeTime.Show(published) : null,
        c.EvaluationCompletedAt is { } completed ? RomeTime.Show(completed) : null);
}
